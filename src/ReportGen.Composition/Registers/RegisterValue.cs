namespace ReportGen.Composition.Registers;

/// <summary>A field of a register row: text (words already in their canonical form, such as <c>Amber</c> or <c>up</c>), a number or money.</summary>
/// <param name="Kind">What the field holds.</param>
/// <param name="Text">The text of a text field (empty for a blank).</param>
/// <param name="Number">The number of a number or money field; <see langword="null"/> for a blank.</param>
public sealed record RegisterValue(RegisterValueKind Kind, string Text, decimal? Number = null)
{
    /// <summary>A text field.</summary>
    public static RegisterValue OfText(string text) => new(RegisterValueKind.Text, text);

    /// <summary>A number field (a score, a count).</summary>
    public static RegisterValue OfNumber(decimal? number) => new(RegisterValueKind.Number, string.Empty, number);

    /// <summary>An amount of money in pounds.</summary>
    public static RegisterValue OfMoney(decimal? pounds) => new(RegisterValueKind.Money, string.Empty, pounds);
}

/// <summary>What a <see cref="RegisterValue"/> holds.</summary>
public enum RegisterValueKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A number, shown with thousands separators.</summary>
    Number,

    /// <summary>Pounds, shown as <c>£4.3m</c> or <c>£12,345</c>.</summary>
    Money,
}
