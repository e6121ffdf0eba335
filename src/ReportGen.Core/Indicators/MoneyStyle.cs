namespace ReportGen.Core.Indicators;

/// <summary>How a currency indicator's figures are printed (<c>money:</c>).</summary>
public enum MoneyStyle
{
    /// <summary>In millions from a million up (<c>£23.8m</c>), in full below (<c>£12,345</c>): the default.</summary>
    Auto,

    /// <summary>Always in full: <c>£23,771,451.95</c>.</summary>
    Full,

    /// <summary>Always in millions: <c>£0.4m</c>, <c>£23.8m</c>.</summary>
    Millions,
}
