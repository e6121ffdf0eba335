using System.Globalization;

namespace ReportGen.Documents.Model;

/// <summary>An sRGB colour.</summary>
/// <param name="R">Red, 0 to 255.</param>
/// <param name="G">Green, 0 to 255.</param>
/// <param name="B">Blue, 0 to 255.</param>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static Rgb Black { get; } = new(0, 0, 0);

    /// <summary>White.</summary>
    public static Rgb White { get; } = new(255, 255, 255);

    /// <summary>Reads <c>#RRGGBB</c> (the <c>#</c> is optional).</summary>
    public static Rgb FromHex(string hex)
    {
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        }

        return new Rgb((byte)(value >> 16), (byte)((value >> 8) & 0xFF), (byte)(value & 0xFF));
    }

    /// <summary>Tries to read <c>#RRGGBB</c>.</summary>
    public static bool TryFromHex(string hex, out Rgb color)
    {
        try
        {
            color = FromHex(hex);
            return true;
        }
        catch (FormatException)
        {
            color = default;
            return false;
        }
    }

    /// <summary>Six hex digits without <c>#</c>, as Word wants them: <c>12436D</c>.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";

    /// <inheritdoc/>
    public override string ToString() => "#" + Hex;
}
