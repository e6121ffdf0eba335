namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// The document's structure tree as it is built, page by page, and written once the pages are: the elements, the
/// parent tree that leads from each marked-content sequence and link annotation back to its element (§14.7.4.4),
/// and the ID tree of elements that have IDs.
/// </summary>
internal sealed class StructureTree
{
    readonly PdfFile _file;
    readonly List<StructureElement> _elements = [];
    readonly List<object> _parents = [];

    /// <summary>An empty tree, its root and document element reserved in <paramref name="file"/>.</summary>
    public StructureTree(PdfFile file)
    {
        _file = file;
        Root = file.Reserve();
        Document = Attach(new StructureElement("Document", null, file.Reserve()));
    }

    /// <summary>The object number of the structure tree root.</summary>
    public int Root { get; }

    /// <summary>The document element, the root's only kid.</summary>
    public StructureElement Document { get; }

    /// <summary>A new object number for an element about to be attached.</summary>
    public int Reserve() => _file.Reserve();

    /// <summary>Adds <paramref name="element"/> as the last kid of its parent.</summary>
    public StructureElement Attach(StructureElement element)
    {
        element.Parent?.Kids.Add(StructureKid.Of(element));
        _elements.Add(element);
        return element;
    }

    /// <summary>The parent tree key (a page's /StructParents) for a page whose marked content belongs to <paramref name="elements"/>, by MCID.</summary>
    public int PageKey(List<StructureElement> elements)
    {
        _parents.Add(elements);
        return _parents.Count - 1;
    }

    /// <summary>The parent tree key (an annotation's /StructParent) for an annotation that belongs to <paramref name="link"/>.</summary>
    public int AnnotationKey(StructureElement link)
    {
        _parents.Add(link);
        return _parents.Count - 1;
    }

    /// <summary>Writes the tree; <paramref name="pages"/> gives each page's object number.</summary>
    public void Write(IReadOnlyList<int> pages)
    {
        var ids = new SortedDictionary<string, StructureElement>(StringComparer.Ordinal);
        foreach (var element in _elements)
        {
            WriteElement(element, pages);
            if (element.Id is { } id)
            {
                ids.TryAdd(id, element);
            }
        }

        var parentTree = _file.Reserve();
        var sink = _file.BeginPacked(parentTree).Raw("<</Nums["u8);
        for (var key = 0; key < _parents.Count; key++)
        {
            sink.Int(key).Space();
            if (_parents[key] is StructureElement link)
            {
                sink.Reference(link.Number);
            }
            else
            {
                sink.Byte((byte)'[');
                var elements = (List<StructureElement>)_parents[key];
                for (var i = 0; i < elements.Count; i++)
                {
                    (i > 0 ? sink.Space() : sink).Reference(elements[i].Number);
                }

                sink.Byte((byte)']');
            }

            sink.Line();
        }

        sink.Raw("]>>"u8);
        _file.EndPacked();

        sink = _file.BeginPacked(Root).Raw("<</Type/StructTreeRoot/K "u8).Reference(Document.Number)
            .Raw("/ParentTree "u8).Reference(parentTree).Raw("/ParentTreeNextKey "u8).Int(_parents.Count);
        if (ids.Count > 0)
        {
            // A name tree of one leaf, in ID order (§7.9.6).
            sink.Raw("/IDTree<</Names["u8);
            foreach (var (id, element) in ids)
            {
                sink.Text(id).Space().Reference(element.Number).Line();
            }

            sink.Raw("]>>"u8);
        }

        sink.Raw(">>"u8);
        _file.EndPacked();
    }

    void WriteElement(StructureElement element, IReadOnlyList<int> pages)
    {
        var sink = _file.BeginPacked(element.Number).Raw("<</Type/StructElem/S"u8).Name(element.Type)
            .Raw("/P "u8).Reference(element.Parent?.Number ?? Root);
        if (element.Page >= 0)
        {
            sink.Raw("/Pg "u8).Reference(pages[element.Page]);
        }

        sink.Raw("/K"u8);
        if (element.Kids.Count == 1)
        {
            sink.Space();
            WriteKid(sink, element, element.Kids[0], pages);
        }
        else
        {
            sink.Byte((byte)'[');
            for (var i = 0; i < element.Kids.Count; i++)
            {
                if (i > 0)
                {
                    sink.Space();
                }

                WriteKid(sink, element, element.Kids[i], pages);
            }

            sink.Byte((byte)']');
        }

        WriteAttributes(sink, element);
        if (element.Alt is { } alt)
        {
            sink.Raw("/Alt"u8).Text(alt);
        }

        if (element.Id is { } id)
        {
            sink.Raw("/ID"u8).Text(id);
        }

        sink.Raw(">>"u8);
        _file.EndPacked();
    }

    static void WriteKid(ByteSink sink, StructureElement element, StructureKid kid, IReadOnlyList<int> pages)
    {
        if (kid.Element is { } child)
        {
            sink.Reference(child.Number);
        }
        else if (kid.Annotation > 0)
        {
            sink.Raw("<</Type/OBJR/Obj "u8).Reference(kid.Annotation).Raw("/Pg "u8).Reference(pages[kid.Page]).Raw(">>"u8);
        }
        else if (kid.Page == element.Page)
        {
            sink.Int(kid.ContentId);
        }
        else
        {
            // Marked content on another page than the element's /Pg: a marked-content reference (§14.7.4.3).
            sink.Raw("<</Type/MCR/Pg "u8).Reference(pages[kid.Page]).Raw("/MCID "u8).Int(kid.ContentId).Raw(">>"u8);
        }
    }

    // Layout attributes for a figure's box, table attributes for cells and tables; an array when an element has both.
    static void WriteAttributes(ByteSink sink, StructureElement element)
    {
        var layout = element.BoundingBox is not null;
        var table = element.Scope is not null || element.ColumnSpan > 1 || element.Summary is { Length: > 0 } || element.Headers is { Count: > 0 };
        if (!layout && !table)
        {
            return;
        }

        sink.Raw("/A"u8);
        if (layout && table)
        {
            sink.Byte((byte)'[');
        }

        if (element.BoundingBox is { } box)
        {
            sink.Raw("<</O/Layout/BBox["u8).Real(box.Left).Space().Real(box.Bottom).Space().Real(box.Right).Space().Real(box.Top).Raw("]>>"u8);
        }

        if (table)
        {
            sink.Raw("<</O/Table"u8);
            if (element.Scope is { } scope)
            {
                sink.Raw("/Scope"u8).Name(scope);
            }

            if (element.ColumnSpan > 1)
            {
                sink.Raw("/ColSpan "u8).Int(element.ColumnSpan);
            }

            if (element.Summary is { Length: > 0 } summary)
            {
                sink.Raw("/Summary"u8).Text(summary);
            }

            if (element.Headers is { Count: > 0 } headers)
            {
                sink.Raw("/Headers["u8);
                for (var i = 0; i < headers.Count; i++)
                {
                    (i > 0 ? sink.Space() : sink).Text(headers[i]);
                }

                sink.Byte((byte)']');
            }

            sink.Raw(">>"u8);
        }

        if (layout && table)
        {
            sink.Byte((byte)']');
        }
    }
}
