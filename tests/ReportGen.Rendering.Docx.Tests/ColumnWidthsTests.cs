using ReportGen.Rendering.Docx.Content;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Relative column widths become whole twips that add up to the text width exactly.</summary>
public sealed class ColumnWidthsTests
{
    // Even shares divide exactly.
    [TestCase(new[] { 1.0, 1.0 }, 100, new[] { 50, 50 })]

    // Thirds leave a remainder: the last column takes it so the table is exactly the text width.
    [TestCase(new[] { 1.0, 1.0, 1.0 }, 100, new[] { 33, 33, 34 })]

    // Proportions need not add up to anything in particular.
    [TestCase(new[] { 32.0, 68.0 }, 9638, new[] { 3084, 6554 })]

    // A zero or negative width takes no space while others have some.
    [TestCase(new[] { 0.0, 3.0, -1.0, 1.0 }, 400, new[] { 0, 300, 0, 100 })]

    // No usable width at all: share equally rather than divide by zero.
    [TestCase(new[] { 0.0, 0.0 }, 101, new[] { 50, 51 })]
    public void Widths_are_proportional_and_add_up_to_the_total(double[] relative, int total, int[] expected)
    {
        Assert.That(ColumnWidths.Distribute(relative, total), Is.EqualTo(expected));
    }

    [Test]
    public void No_columns_have_no_widths()
    {
        Assert.That(ColumnWidths.Distribute([], 100), Is.Empty);
    }
}
