namespace ReportGen.Core.Analytics;

/// <summary>A forecast of the financial year's total from the year to date ("Prediction FY end").</summary>
/// <param name="Value">The forecast total, unrounded.</param>
/// <param name="Method">How it was made.</param>
public sealed record YearEndForecast(decimal Value, ForecastMethod Method);
