using ReportGen.Core.Indicators;

namespace ReportGen.Composition;

/// <summary>
/// What a pack prints for an indicator that is not due in the period (its <c>frequency</c> says it is reported at
/// another time), where its rating would be: "Annual KPI", "Quarterly KPI" by default; the report's <c>not_due</c>
/// setting changes them, as one text for all (<c>not_due: Not due</c>) or by frequency
/// (<c>not_due: { annual: "Annual measure" }</c>).
/// </summary>
internal static class NotDueWords
{
    /// <summary>The setting's key.</summary>
    public const string Setting = "not_due";

    /// <summary>The words for an indicator reported at <paramref name="frequency"/>, from <paramref name="settings"/> or the default.</summary>
    public static string For(ReportingFrequency? frequency, IReadOnlyDictionary<string, object?>? settings)
    {
        var name = frequency?.ToString().ToLowerInvariant() ?? string.Empty;
        var configured = settings?.GetValueOrDefault(Setting) switch
        {
            string text => text,
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name) as string,
            _ => null,
        };
        return configured ?? Default(frequency);
    }

    private static string Default(ReportingFrequency? frequency) => frequency switch
    {
        ReportingFrequency.Annual => "Annual KPI",
        ReportingFrequency.Quarterly => "Quarterly KPI",
        _ => "Not due",
    };
}
