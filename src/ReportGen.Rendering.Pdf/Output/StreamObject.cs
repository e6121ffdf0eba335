using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>An indirect object holding a stream, split into its dictionary, its data and what surrounds them.</summary>
internal sealed partial class StreamObject
{
    readonly byte[] _object;
    readonly string _beforeDictionary;
    readonly string _betweenDictionaryAndData;
    readonly int _dataEnd;
    readonly Match _length;

    StreamObject(byte[] obj, Match head, Match length)
    {
        _object = obj;
        _length = length;
        var text = Encoding.Latin1.GetString(obj, 0, head.Length);
        var dictionary = head.Groups[1];
        _beforeDictionary = text[..dictionary.Index];
        _betweenDictionaryAndData = text[(dictionary.Index + dictionary.Length)..];
        Dictionary = dictionary.Value;
        var dataStart = head.Length;
        _dataEnd = dataStart + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        Data = obj[dataStart.._dataEnd];
    }

    /// <summary>The stream dictionary, <c>&lt;&lt; … &gt;&gt;</c>.</summary>
    public string Dictionary { get; }

    /// <summary>The stream's (encoded) data.</summary>
    public byte[] Data { get; }

    /// <summary>Reads <paramref name="obj"/> as a stream object with a direct /Length, or returns <see langword="null"/>.</summary>
    public static StreamObject? Parse(byte[] obj)
    {
        // Most objects (structure elements, annotations) hold no stream: a search of the bytes rules them out without
        // a string or a regular expression.
        var window = Math.Min(obj.Length, 4096);
        if (obj.AsSpan(0, window).IndexOf("stream"u8) < 0)
        {
            return null;
        }

        var head = StreamHead().Match(Encoding.Latin1.GetString(obj, 0, window));
        var length = head.Success ? DirectLength().Match(head.Groups[1].Value) : Match.Empty;
        return head.Success && length.Success ? new StreamObject(obj, head, length) : null;
    }

    /// <summary>
    /// The object with <paramref name="data"/> as its stream and /Length to match, and <paramref name="keys"/> (dictionary
    /// entries, as PDF text) written straight after /Length.
    /// </summary>
    public byte[] WithData(byte[] data, string keys = "")
    {
        var dictionary = string.Concat(
            Dictionary.AsSpan(0, _length.Index),
            "/Length " + data.Length.ToString(CultureInfo.InvariantCulture) + keys,
            Dictionary.AsSpan(_length.Index + _length.Length));
        using var rewritten = new MemoryStream();
        rewritten.Write(Encoding.Latin1.GetBytes(_beforeDictionary + dictionary + _betweenDictionaryAndData));
        rewritten.Write(data);
        rewritten.Write(_object, _dataEnd, _object.Length - _dataEnd);
        return rewritten.ToArray();
    }

    [GeneratedRegex(@"\A\d+\s+\d+\s+obj\s*(<<.*?>>)\s*stream\r?\n", RegexOptions.Singleline)]
    private static partial Regex StreamHead();

    // "/Length 1391", not "/Length 5 0 R" (an indirect length) and not "/Length1 …".
    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)(?=[\s/>])")]
    private static partial Regex DirectLength();
}
