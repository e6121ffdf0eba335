using PdfSharp.UniversalAccessibility;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Opens PDFsharp structure elements for <see cref="BeginTagOp"/>s, with their table attributes.</summary>
internal static class StructureTags
{
    /// <summary>Begins the element <paramref name="op"/> describes.</summary>
    public static void Begin(StructureBuilder structure, BeginTagOp op, IDictionary<string, PdfSharp.Pdf.PdfDictionary>? ids = null)
    {
        if (op.Tag is StructureTag.Section or StructureTag.Division)
        {
            structure.BeginElement(op.Tag == StructureTag.Section ? PdfGroupingElementTag.Section : PdfGroupingElementTag.Division);
        }
        else
        {
            structure.BeginElement(BlockTag(op.Tag));
        }

        if (op.Scope is { } scope)
        {
            structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
        }

        if (op.Summary is { Length: > 0 } summary)
        {
            structure.CurrentStructureElement.TableAttributes.Elements.SetString("/Summary", summary);
        }

        if (op.Id is { } id)
        {
            // A byte string in the element itself, and in the structure tree's IDTree (see PageWriter).
            structure.CurrentStructureElement.Elements.SetString("/ID", id);
            ids?.Add(id, structure.CurrentStructureElement);
        }

        if (op.Headers is { Count: > 0 } headers)
        {
            var array = new PdfSharp.Pdf.PdfArray();
            foreach (var header in headers)
            {
                array.Elements.Add(new PdfSharp.Pdf.PdfString(header));
            }

            structure.CurrentStructureElement.TableAttributes.Elements["/Headers"] = array;
        }

        if (op.ColumnSpan > 1)
        {
            structure.SetColSpan(op.ColumnSpan);
        }
    }

    static PdfBlockLevelElementTag BlockTag(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.Heading4 => PdfBlockLevelElementTag.Heading4,
        StructureTag.Paragraph => PdfBlockLevelElementTag.Paragraph,
        StructureTag.List => PdfBlockLevelElementTag.List,
        StructureTag.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureTag.Label => PdfBlockLevelElementTag.Label,
        StructureTag.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableHead => PdfBlockLevelElementTag.TableHeadRowGroup,
        StructureTag.TableBody => PdfBlockLevelElementTag.TableBodyRowGroup,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a block-level tag."),
    };
}
