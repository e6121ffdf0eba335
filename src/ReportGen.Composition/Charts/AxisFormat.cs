using System.Globalization;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// Turns a <see cref="Scale"/> into a <see cref="ValueAxis"/> for an indicator's unit: every tick label written the
/// way <see cref="Display"/> writes figures (<c>1,500</c>, <c>30%</c>, <c>£2.5m</c>), and the matching spreadsheet
/// format code for renderers that format numbers themselves (Word charts).
/// </summary>
internal static class AxisFormat
{
    /// <summary>The axis of <paramref name="scale"/> for values in <paramref name="unit"/>.</summary>
    public static ValueAxis Axis(Scale scale, Unit unit, string title)
    {
        var decimals = scale.Decimals;
        var millions = unit == Unit.Currency && Math.Max(Math.Abs(scale.Minimum), Math.Abs(scale.Maximum)) >= 1_000_000m;
        if (millions)
        {
            decimals = (scale.Step / 1_000_000m / 1.0000000000000000000000000000m).Scale;
        }

        var ticks = scale.Ticks().Select(t => new AxisTick((double)t, Label(t, unit, decimals, millions))).ToList();
        return new ValueAxis(title, (double)scale.Minimum, (double)scale.Maximum, (double)scale.Step, FormatCode(unit, decimals, millions), ticks);
    }

    /// <summary>A value as an axis or data label shows it.</summary>
    public static string Label(decimal value, Unit unit, int decimals, bool millions = false) => unit switch
    {
        Unit.Percent => Display.Number(value, decimals) + "%",
        Unit.Currency when millions => (value < 0 ? "-" : string.Empty) + "£" + Display.Number(Math.Abs(value) / 1_000_000m, decimals) + "m",
        Unit.Currency => (value < 0 ? "-" : string.Empty) + "£" + Display.Number(Math.Abs(value), decimals),
        _ => Display.Number(value, decimals),
    };

    /// <summary>The spreadsheet number format that writes values as <see cref="Label"/> does.</summary>
    public static string FormatCode(Unit unit, int decimals, bool millions = false)
    {
        var number = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        return unit switch
        {
            Unit.Percent => number + "\"%\"",
            Unit.Currency when millions => "\"£\"" + number + ",,\"m\"",
            Unit.Currency => "\"£\"" + number,
            _ => number,
        };
    }

    /// <summary>What the value axis says the values are, when the template does not say.</summary>
    public static string DefaultTitle(Unit unit) => unit switch
    {
        Unit.Percent => "Per cent",
        Unit.Currency => "Pounds",
        Unit.Days => "Days",
        _ => "Number",
    };

    /// <summary>A decimal as a double for drawing.</summary>
    public static double? ToDouble(decimal? value) => value is { } v ? (double)v : null;

    /// <summary>A whole number as text, for counts of indicators.</summary>
    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
