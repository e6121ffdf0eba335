namespace ReportGen.Composition.Registers;

/// <summary>What a register column holds, and so how its fields are checked.</summary>
internal enum FieldType
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A risk score, a whole number from 1 to 25 (likelihood × impact on a 5 × 5 matrix).</summary>
    Score,

    /// <summary>A trend: up, down, same or new (or ↑ ↓ →).</summary>
    Trend,

    /// <summary>An issue's rating: H, M or L (High, Medium, Low).</summary>
    Severity,

    /// <summary>A milestone's confidence: G, A, R or CG (Complete).</summary>
    Confidence,

    /// <summary>A quarter, such as Q3 or Q4 20/21.</summary>
    Quarter,

    /// <summary>Pounds: 17400000, £17.4m, £250k.</summary>
    Money,
}
