using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Keeps the structure parent tree's entries for finished pages aside while later pages are drawn. PDFsharp's
/// <see cref="StructureBuilder"/> finds the current page's entry by scanning the whole of the tree's <c>/Nums</c> array
/// for every marked-content sequence it opens, so without this each page cost more to draw than the one before it.
/// <see cref="Restore"/> puts every entry back, in the order PDFsharp made them, so the saved tree is the same.
/// </summary>
internal sealed class ParentTreeEntries(PdfDocument pdf)
{
    readonly List<PdfItem> _finished = [];

    /// <summary>Moves the entries made so far (the finished pages' and their links') out of the tree.</summary>
    public void SetAsideFinished()
    {
        if (Nums() is { } nums)
        {
            for (var i = 0; i < nums.Elements.Count; i++)
            {
                _finished.Add(nums.Elements[i]);
            }

            nums.Elements.Clear();
        }
    }

    /// <summary>Puts the entries set aside back in front of those made since, as one array in key order.</summary>
    public void Restore()
    {
        if (_finished.Count == 0 || Nums() is not { } nums)
        {
            return;
        }

        SetAsideFinished();
        foreach (var item in _finished)
        {
            nums.Elements.Add(item);
        }

        _finished.Clear();
    }

    PdfArray? Nums() =>
        UAManager.ForDocument(pdf).StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
}
