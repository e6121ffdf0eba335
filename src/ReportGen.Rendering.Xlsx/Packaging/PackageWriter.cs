using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Xlsx.Layout;
using Ext = DocumentFormat.OpenXml.ExtendedProperties;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>
/// Fills an empty spreadsheet package: the workbook and its sheets in order, each sheet's table part, the shared
/// strings and styles, and the document properties. Every part is added with a counted relationship id (the SDK's
/// default ids are random), so the package is the same every time.
/// </summary>
internal static class PackageWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    public static void Write(SpreadsheetDocument package, ReportDocument document)
    {
        var plans = WorkbookPlan.Of(document);
        var workbookPart = package.AddNewPart<WorkbookPart>(MainContentType, "rId1");
        var strings = new SharedStrings();
        var styles = new StyleTable();
        var writer = new WorksheetWriter(strings, styles, document.Style);
        var sheets = new Sheets();
        uint tableId = 0;
        for (var i = 0; i < plans.Count; i++)
        {
            var id = Relationship(i + 1);
            var part = workbookPart.AddNewPart<WorksheetPart>(id);
            if (plans[i].Table is not null)
            {
                tableId++;
            }

            part.Worksheet = writer.Write(part, plans[i], tableId, selected: i == 0);
            sheets.Append(new Sheet { Name = plans[i].Name, SheetId = (uint)(i + 1), Id = id });
        }

        workbookPart.AddNewPart<WorkbookStylesPart>(Relationship(plans.Count + 1)).Stylesheet = styles.Build(document.Style);
        workbookPart.AddNewPart<SharedStringTablePart>(Relationship(plans.Count + 2)).SharedStringTable = strings.Build();
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);

        using (var core = package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2").GetStream(FileMode.Create))
        {
            CoreProperties.Write(core, document.Info);
        }

        package.AddNewPart<ExtendedFilePropertiesPart>(AppContentType, "rId3").Properties = new Ext.Properties(new Ext.Application("ReportGen"));
    }

    private static string Relationship(int number) => "rId" + number.ToString(CultureInfo.InvariantCulture);
}
