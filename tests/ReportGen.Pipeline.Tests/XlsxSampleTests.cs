using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Format <c>xlsx</c> on the built-in packs: each sample, with <c>xlsx</c> added to its report's formats, gives a valid
/// workbook whose figures are the numbers its PDF prints (Havering's Q3 2016/17 appendix, the City of London's crime
/// summary, a finance register table); the public edition's workbook holds nothing restricted, and suppressed counts are
/// <c>[c]</c>; the same inputs give the same bytes.
/// </summary>
public sealed class XlsxSampleTests
{
    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    /// <summary>
    /// Builds a copy of <paramref name="sample"/> with <c>xlsx</c> added to its formats (in a folder of its own when
    /// <paramref name="copy"/> names one, so two builds read the same inputs from different places); gives the output folder.
    /// </summary>
    private string Build(string sample, PeriodRequest period, EditionKind? edition = null, DateTimeOffset? created = null, string? copy = null)
    {
        var project = Path.Combine(_folder.Path, sample);
        if (!Directory.Exists(project))
        {
            _folder.CopyOf(sample);
            var file = Path.Combine(project, "reportgen.yaml");
            var text = File.ReadAllText(file);
            var withXlsx = text.Replace("formats: [pdf, docx, json]", "formats: [pdf, docx, json, xlsx]", StringComparison.Ordinal)
                .Replace("formats: [pdf, docx, json, csv]", "formats: [pdf, docx, json, csv, xlsx]", StringComparison.Ordinal);
            Assert.That(withXlsx, Is.Not.EqualTo(text), "the sample's formats line is as expected");
            File.WriteAllText(file, withXlsx);
        }

        if (copy is not null)
        {
            var target = Path.Combine(_folder.Path, copy);
            foreach (var file in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(project, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }

            project = target;
        }

        var output = Path.Combine(_folder.Path, "out", Guid.NewGuid().ToString("N"));
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = project,
            Period = period,
            OutputDirectory = output,
            Edition = edition,
            Created = created,
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return output;
    }

    private static List<string> ValidationErrors(SpreadsheetDocument workbook) =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(workbook).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    [Test]
    public void Havering_workbook_holds_the_published_appendix_figures_as_numbers()
    {
        var output = Build("havering", PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")));
        var pdf = OutputChecks.PdfText(Path.Combine(output, "crime-disorder-cpr.pdf"));
        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "crime-disorder-cpr.xlsx"), isEditable: false);
        Assert.That(ValidationErrors(workbook), Is.Empty);
        var sheets = new SheetReader(workbook);
        Assert.That(sheets.Names.Take(3), Is.EqualTo(new[] { "Cover", "Contents", "Notes" }));
        var appendix = sheets.TableSheetWithColumn("YTD 2016/17");

        // The figures the Havering report publishes for Q3 2016/17, which the PDF prints too.
        foreach (var (row, column, value, format, printed) in new[]
        {
            ("CSP1", "Q3 2016/17", "4355", "#,##0", "4,355"),
            ("CSP1", "YTD 2016/17", "13143", "#,##0", "13,143"),
            ("CSP1", "YTD target", "12375", "#,##0", "12,375"),
            ("CSP2", "Q3 2016/17", "0.288", "#,##0.0%", "28.8%"),
            ("CSP3", "YTD 2016/17", "4810", "#,##0", "4,810"),
        })
        {
            var cell = sheets.CellAt(appendix, row, column);
            Assert.That(cell.DataType, Is.Null, $"{row} {column} is a number");
            Assert.That((cell.CellValue?.Text, sheets.FormatCode(cell)), Is.EqualTo((value, format)), $"{row} {column}");
            Assert.That(pdf, Does.Contain(printed), "the PDF prints the same figure");
        }

        Assert.That(sheets.Text(sheets.CellAt(appendix, "CSP1", "RAG")), Is.EqualTo("Red"), "a rating is its word");
        Assert.That(sheets.Text(sheets.CellAt(appendix, "CSP2", "RAG")), Is.EqualTo("Green"));
    }

    [Test]
    public void City_of_london_workbook_holds_the_crime_summary_and_the_survey_as_numbers()
    {
        var output = Build("city-of-london", PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")));
        var pdf = OutputChecks.PdfText(Path.Combine(output, "measures.pdf"));
        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "measures.xlsx"), isEditable: false);
        Assert.That(ValidationErrors(workbook), Is.Empty);
        var sheets = new SheetReader(workbook);
        Assert.That(sheets.Text(sheets.Cover("Protective marking")), Is.EqualTo("DRAFT NOT PROTECTIVELY MARKED – MANAGEMENT DRAFT"));

        var summary = sheets.TableSheetWithColumn("Change %");
        foreach (var (column, value, format, printed) in new[]
        {
            ("2015/16 YTD", "228", "#,##0", "228"),
            ("2016/17 YTD", "247", "#,##0", "247"),
            ("Change", "19", "+#,##0;-#,##0;#,##0", "+19"),
            ("Change %", "0.083", "+#,##0.0%;-#,##0.0%;#,##0.0%", "+8.3%"),
        })
        {
            var cell = sheets.CellAt(summary, "Violence with Injury", column);
            Assert.That((cell.CellValue?.Text, sheets.FormatCode(cell)), Is.EqualTo((value, format)), column);
            Assert.That(pdf, Does.Contain(printed));
        }

        // The published measures' survey: 72% satisfied with the whole experience in Q3 2016/17, 305 of 426.
        var survey = sheets.TableSheetWithColumn("2016/17 Q3");
        Assert.That(sheets.CellAt(survey, "Percentage of respondents satisfied", "2016/17 Q3").CellValue?.Text, Is.EqualTo("0.72"));
        Assert.That(sheets.CellAt(survey, "Number of respondents satisfied", "2016/17 Q3").CellValue?.Text, Is.EqualTo("305"));
        Assert.That(sheets.CellAt(survey, "Number of valid responses", "2016/17 Q3").CellValue?.Text, Is.EqualTo("426"));
    }

    [Test]
    public void Mopac_workbook_holds_a_sheet_per_theme_table()
    {
        var output = Build("mopac", PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22")));
        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "dashboard.xlsx"), isEditable: false);
        Assert.That(ValidationErrors(workbook), Is.Empty);
        var sheets = new SheetReader(workbook);
        Assert.That(sheets.Names.Count(n => n.StartsWith("Table_", StringComparison.Ordinal)), Is.GreaterThan(20), "each theme's tables, from inside the dashboard's columns");
    }

    // The dashboard draws the financial review as a chart, which a workbook does not hold; a project's own template
    // listing the finance register as a table gets its pounds as numbers shown in millions.
    [Test]
    public void A_finance_register_table_holds_money_in_pounds_shown_in_millions()
    {
        Build("mopac", PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22")), copy: "mopac-finance");
        var project = Path.Combine(_folder.Path, "mopac-finance");
        Directory.CreateDirectory(Path.Combine(project, "templates", "finance-table"));
        File.WriteAllText(Path.Combine(project, "templates", "finance-table", "template.yaml"), """
            name: finance-table
            description: The finance register as a table
            document:
              title: Finance
            sections:
              - blocks:
                  - table:
                      rows: finance
                      caption: Budget lines
                      columns:
                        - header: Budget line
                          value: "{{ row.line }}"
                        - header: "{{ period.year }} budget"
                          value: "{{ row.budget }}"
            """);
        var settings = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("template: thematic-dashboard", "template: templates/finance-table", StringComparison.Ordinal));
        var output = Path.Combine(_folder.Path, "out", "finance");
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22")), OutputDirectory = output });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));

        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "dashboard.xlsx"), isEditable: false);
        Assert.That(ValidationErrors(workbook), Is.Empty);
        var sheets = new SheetReader(workbook);
        var cell = sheets.CellAt(sheets.TableSheetWithColumn("2021/22 budget"), "Oversight and scrutiny", "2021/22 budget");
        Assert.That((cell.CellValue?.Text, sheets.FormatCode(cell)), Is.EqualTo(("4200000", "\"£\"#,##0.0,,\"m\"")));
        Assert.That(OutputChecks.PdfText(Path.Combine(output, "dashboard.pdf")), Does.Contain("£4.2m"));
    }

    [Test]
    public void The_public_workbook_holds_nothing_restricted_and_shows_small_counts_as_c()
    {
        string[] restricted = ["OCG1", "Organised crime group disruptions", "Kestrel", "covert test purchase", "OFFICIAL-SENSITIVE"];
        var open = Build("safer-communities", PeriodRequest.ForQuarter(3));
        var full = Build("safer-communities", PeriodRequest.ForQuarter(3), EditionKind.Restricted);
        var publicText = PublishedText.Of(open)["safer-communities.xlsx"];
        var restrictedText = PublishedText.Of(Path.Combine(full))["safer-communities.xlsx"];

        Assert.That(restricted.Where(word => publicText.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That(restricted.Where(word => !restrictedText.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.Empty, "each phrase is there to be found in the restricted edition");

        using var workbook = SpreadsheetDocument.Open(Path.Combine(open, "safer-communities.xlsx"), isEditable: false);
        Assert.That(ValidationErrors(workbook), Is.Empty);
        var sheets = new SheetReader(workbook);
        Assert.That(sheets.Text(sheets.Cover("Protective marking")), Is.EqualTo("OFFICIAL"));
        var appendix = sheets.TableSheetWithColumn("YTD 2016/17");
        Assert.That(sheets.Text(sheets.CellAt(appendix, "HOM", "YTD 2016/17")), Is.EqualTo(Confidential.Symbol));
        Assert.That(sheets.Text(sheets.CellAt(appendix, "HOM", "RAG")), Is.EqualTo(Confidential.Symbol));
        var notes = sheets.Rows("Notes");
        Assert.That(notes.Any(r => r.GetValueOrDefault("A") == Confidential.Symbol && r.GetValueOrDefault("B") == Confidential.Note), Is.True, "the [c] note is on the notes sheet");
    }

    [Test]
    public void The_same_inputs_give_the_same_workbook_and_source_date_epoch_is_its_only_time()
    {
        var created = DateTimeOffset.FromUnixTimeSeconds(1484611200);
        var first = Build("havering", PeriodRequest.ForQuarter(3), created: created, copy: "havering-one");
        var second = Build("havering", PeriodRequest.ForQuarter(3), created: created, copy: "havering-two");
        var bytes = File.ReadAllBytes(Path.Combine(first, "crime-disorder-cpr.xlsx"));
        Assert.That(SHA256.HashData(File.ReadAllBytes(Path.Combine(second, "crime-disorder-cpr.xlsx"))), Is.EqualTo(SHA256.HashData(bytes)));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.That(workbook.PackageProperties.Created, Is.EqualTo(created.UtcDateTime));
    }

    /// <summary>Reads sheets, tables and cells of a workbook.</summary>
    private sealed class SheetReader(SpreadsheetDocument workbook)
    {
        private readonly WorkbookPart _part = workbook.WorkbookPart!;

        public IReadOnlyList<string> Names => [.. _part.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

        public WorksheetPart Sheet(string name) => (WorksheetPart)_part.GetPartById(_part.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

        public WorksheetPart TableSheetWithColumn(string column) =>
            Names.Select(Sheet).First(s => s.TableDefinitionParts.Any(t => t.Table!.TableColumns!.Elements<TableColumn>().Any(c => c.Name == column)));

        public string? Text(Cell? cell) => cell?.CellValue is null ? null
            : cell.DataType?.Value == CellValues.SharedString
                ? _part.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
                : cell.CellValue.Text;

        public List<Dictionary<string, string?>> Rows(string sheet) =>
            [.. Sheet(sheet).Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), Text))];

        /// <summary>The cell under the cover's heading <paramref name="heading"/>.</summary>
        public Cell Cover(string heading)
        {
            var cells = Sheet("Cover").Worksheet!.Descendants<Cell>().ToList();
            return cells[cells.FindIndex(c => Text(c) == heading) + 1];
        }

        public Cell CellAt(WorksheetPart sheet, string rowKey, string column)
        {
            var names = sheet.TableDefinitionParts.Single().Table!.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ToList();
            var index = names.IndexOf(column);
            Assert.That(index, Is.InRange(0, 25), $"no column {column}: {string.Join(", ", names)}");
            var letter = ((char)('A' + index)).ToString();
            var row = sheet.Worksheet!.Descendants<Row>().First(r => r.Elements<Cell>().Any(c => Text(c) == rowKey));
            return row.Elements<Cell>().Single(c => c.CellReference!.Value! == letter + row.RowIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public string? FormatCode(Cell cell)
        {
            var styles = _part.WorkbookStylesPart!.Stylesheet!;
            var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId?.Value ?? 0;
            return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
        }
    }
}
