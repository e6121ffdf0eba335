using System.Buffers;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes a WordprocessingML part element by element into a buffer of text, byte for byte as the Open XML SDK
/// serialises the same elements through <see cref="XmlWriter"/> (UTF-8, no indentation, <c> /&gt;</c> for an empty
/// element, the same escaping, and <c>xmlns:r</c> declared on each element that uses it), but without building the
/// elements first and without <see cref="XmlWriter"/>'s checks. The few elements still built with the SDK (a table's
/// properties, a section's properties, a chart's drawing, a field's runs) are serialised by an
/// <see cref="XmlWriter"/> in the same namespace scope and copied in (<see cref="Element"/>).
/// </summary>
internal sealed class WordXml
{
    /// <summary>The WordprocessingML namespace, prefix <c>w</c>.</summary>
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// The size of each write of <see cref="Finish"/>: 128 KiB, as <see cref="Stream.CopyTo(Stream)"/> copied the part
    /// into the file when it went through the package first (its 81,920-byte buffer comes from the shared pool as
    /// 131,072 bytes). Deflate's output depends on how its input is cut, so the file's bytes stay as they were only in
    /// writes of this size.
    /// </summary>
    public const int Block = 131_072;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");

    private readonly StringBuilder _text;
    private readonly Stack<string> _open = new();
    private bool _startTagOpen;
    private bool _declareRelationships;

    // Serialises SDK elements inside an element that declares w, as they would be inside the part's root.
    private readonly StringWriter _elements = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly XmlWriter _elementWriter;

    /// <summary>Starts a part whose root element is <c>w:<paramref name="root"/></c>.</summary>
    public WordXml(string root, int capacity = 1 << 16)
    {
        _text = new StringBuilder(capacity);
        _text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Start(root);
        _text.Append(" xmlns:w=\"").Append(Namespace).Append('"');
        _elementWriter = XmlWriter.Create(_elements, new XmlWriterSettings { OmitXmlDeclaration = true });
        _elementWriter.WriteStartElement("w", "scope", Namespace);
        _elementWriter.WriteString("");
        _elementWriter.Flush();
        _elements.GetStringBuilder().Clear();
    }

    /// <summary>Opens <c>w:<paramref name="name"/></c>.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        _text.Append("<w:").Append(name);
        _open.Push(name);
        _startTagOpen = true;
    }

    /// <summary>Closes the element opened last (<c> /&gt;</c> when it has no content).</summary>
    public void End()
    {
        var name = _open.Pop();
        if (_startTagOpen)
        {
            DeclareNamespaces();
            _text.Append(" />");
            _startTagOpen = false;
        }
        else
        {
            _text.Append("</w:").Append(name).Append('>');
        }
    }

    /// <summary>The attribute <c>w:<paramref name="name"/></c> of the element just opened.</summary>
    public void Attribute(string name, string value)
    {
        _text.Append(" w:").Append(name).Append("=\"");
        Escape(value, AttributeSpecials);
        _text.Append('"');
    }

    /// <summary>The relationship id (<c>r:id</c>) of the element just opened, which declares the prefix <c>r</c> itself.</summary>
    public void RelationshipId(string value)
    {
        _text.Append(" r:id=\"");
        Escape(value, AttributeSpecials);
        _text.Append('"');
        _declareRelationships = true;
    }

    /// <summary>An element with no attributes and no content, such as <c>&lt;w:b /&gt;</c>.</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary>An element whose only attribute is <c>w:val</c>.</summary>
    public void Value(string name, string value)
    {
        Start(name);
        Attribute("val", value);
        End();
    }

    /// <summary>A text element (<c>w:t</c>) that keeps its spaces.</summary>
    public void Text(string name, string text)
    {
        Start(name);
        _text.Append(" xml:space=\"preserve\"");
        CloseStartTag();
        Escape(text, TextSpecials);
        End();
    }

    /// <summary>An element built with the Open XML SDK, written in place.</summary>
    public void Element(OpenXmlElement element)
    {
        CloseStartTag();
        element.WriteTo(_elementWriter);
        _elementWriter.Flush();
        var written = _elements.GetStringBuilder();
        _text.Append(written);
        written.Clear();
    }

    /// <summary>
    /// Closes the root and writes the part to <paramref name="output"/> as UTF-8 (no byte order mark), in writes of
    /// <see cref="Block"/> bytes (the last shorter).
    /// </summary>
    public void Finish(Stream output)
    {
        End();
        var encoder = Encoding.UTF8.GetEncoder();
        var encoded = ArrayPool<byte>.Shared.Rent(Block);
        var block = ArrayPool<byte>.Shared.Rent(Block);
        var filled = 0;
        try
        {
            // Chunk by chunk, in slices that encode to at most a block; the encoder carries a surrogate pair split
            // between two slices over to the next.
            const int Slice = Block / 3;
            foreach (var chunk in _text.GetChunks())
            {
                for (var at = 0; at < chunk.Length; at += Slice)
                {
                    var slice = chunk.Span.Slice(at, Math.Min(Slice, chunk.Length - at));
                    Add(encoded.AsSpan(0, encoder.GetBytes(slice, encoded, flush: false)));
                }
            }

            Add(encoded.AsSpan(0, encoder.GetBytes([], encoded, flush: true)));
            output.Write(block, 0, filled);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(encoded);
            ArrayPool<byte>.Shared.Return(block);
        }

        void Add(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                var take = Math.Min(bytes.Length, Block - filled);
                bytes[..take].CopyTo(block.AsSpan(filled));
                filled += take;
                bytes = bytes[take..];
                if (filled == Block)
                {
                    output.Write(block, 0, Block);
                    filled = 0;
                }
            }
        }
    }

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            DeclareNamespaces();
            _text.Append('>');
            _startTagOpen = false;
        }
    }

    // XmlWriter declares a prefix it has not seen in scope after the element's attributes; r is never declared above.
    private void DeclareNamespaces()
    {
        if (_declareRelationships)
        {
            _text.Append(" xmlns:r=\"").Append(RelationshipsNamespace).Append('"');
            _declareRelationships = false;
        }
    }

    // As XmlWriter escapes: <, > and & always; in attributes also " and tab, CR and LF as character references;
    // in text CR LF, CR and LF each as a line feed.
    private void Escape(string value, SearchValues<char> specials)
    {
        var rest = value.AsSpan();
        var attribute = ReferenceEquals(specials, AttributeSpecials);
        while (true)
        {
            var next = rest.IndexOfAny(specials);
            if (next < 0)
            {
                _text.Append(rest);
                return;
            }

            _text.Append(rest[..next]);
            var c = rest[next];
            rest = rest[(next + 1)..];
            _text.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\r' when attribute => "&#xD;",
                '\n' when attribute => "&#xA;",
                _ => "\n",
            });
            if (c == '\r' && !attribute && rest.Length > 0 && rest[0] == '\n')
            {
                rest = rest[1..];
            }
        }
    }
}
