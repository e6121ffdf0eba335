using ReportGen.Composition.Templates;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Templates;

/// <summary>The <c>form:</c> block's <c>headings:</c>, the names of its columns where a format needs a header row (Word).</summary>
public sealed class FormReaderTests
{
    private static (FormTemplate? Form, string[] Problems) Read(string form)
    {
        var problems = new ProblemList();
        var text = "document: { title: T }\nsections:\n  - blocks:\n" + string.Join("\n", form.Split('\n').Select(l => "      " + l)) + "\n";
        var template = TemplateReader.Read(text, "template.yaml", "t", problems);
        return (template?.Sections.Single().Blocks.OfType<FormTemplate>().SingleOrDefault(), Problems.Lines(problems.All));
    }

    [Test]
    public void Without_headings_a_form_names_its_columns_item_and_details()
    {
        var (form, problems) = Read("- form:\n    caption: Report details\n    rows: [{ label: Lead, value: x }]");

        Assert.That(problems, Is.Empty);
        Assert.That(form!.Headings, Is.EqualTo(new[] { "Item", "Details" }));
    }

    [Test]
    public void Headings_name_the_label_and_value_columns()
    {
        var (form, problems) = Read("- form:\n    caption: Report details\n    headings: [Report detail, Entry]\n    rows: [{ label: Lead, value: x }]");

        Assert.That(problems, Is.Empty);
        Assert.That(form!.Headings, Is.EqualTo(new[] { "Report detail", "Entry" }));
    }

    [TestCase("[Only one]")]
    [TestCase("[A, B, C]")]
    [TestCase("[A, '']")]
    public void Anything_but_two_headings_is_an_error_at_its_place(string headings)
    {
        var (_, problems) = Read($"- form:\n    caption: Report details\n    headings: {headings}\n    rows: [{{ label: Lead, value: x }}]");

        Assert.That(problems, Does.Contain("template.yaml:6:21: give two headings, for the label column and the value column, such as headings: [Item, Details]"));
    }
}
