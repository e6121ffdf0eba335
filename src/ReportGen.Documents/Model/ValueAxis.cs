namespace ReportGen.Documents.Model;

/// <summary>
/// The value (vertical) axis of a <see cref="Chart"/>, with its scale decided: composition picks the bounds and step
/// and formats every tick label, so each renderer shows the same numbers.
/// </summary>
/// <param name="Title">What the values are, shown above the axis (<c>Offences</c>, <c>%</c>); may be empty.</param>
/// <param name="Minimum">The bottom of the scale.</param>
/// <param name="Maximum">The top of the scale.</param>
/// <param name="MajorUnit">The step between ticks and gridlines.</param>
/// <param name="FormatCode">The spreadsheet number format of the values (<c>#,##0</c>, <c>0.0"%"</c>), for formats that format numbers themselves.</param>
/// <param name="Ticks">Each tick's value and label, bottom first.</param>
public sealed record ValueAxis(
    string Title,
    double Minimum,
    double Maximum,
    double MajorUnit,
    string FormatCode,
    IReadOnlyList<AxisTick> Ticks);

/// <summary>A tick of the value axis.</summary>
/// <param name="Value">Where the tick is.</param>
/// <param name="Label">What it says (<c>1,500</c>).</param>
public sealed record AxisTick(double Value, string Label);
