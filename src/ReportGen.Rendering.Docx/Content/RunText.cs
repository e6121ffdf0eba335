using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Turns a string into a run's children: w:t for text, w:br for line breaks, w:tab for tabs. Text from users' files
/// may still hold line breaks, tabs or control characters: breaks and tabs become Word's, other characters XML
/// cannot hold are dropped rather than failing the whole document.
/// </summary>
internal static class RunText
{
    /// <summary>The run's children as elements (for the parts still built with the Open XML SDK: headers and footers).</summary>
    public static IEnumerable<OpenXmlElement> Split(string text) => Pieces(text).Select(piece => piece switch
    {
        (RunPiece.Break, _) => new W.Break(),
        (RunPiece.Tab, _) => new W.TabChar(),
        (_, var t) => (OpenXmlElement)new W.Text(t) { Space = SpaceProcessingModeValues.Preserve },
    });

    /// <summary>Writes the run's children.</summary>
    public static void Write(WordXml xml, string text)
    {
        if (IsPlain(text))
        {
            xml.Text("t", text);
            return;
        }

        foreach (var (kind, piece) in Pieces(text))
        {
            switch (kind)
            {
                case RunPiece.Break:
                    xml.Empty("br");
                    break;
                case RunPiece.Tab:
                    xml.Empty("tab");
                    break;
                default:
                    xml.Text("t", piece);
                    break;
            }
        }
    }

    /// <summary>The text, breaks and tabs of <paramref name="text"/>; empty text is one empty piece of text.</summary>
    private static IEnumerable<(RunPiece Kind, string Text)> Pieces(string text)
    {
        if (IsPlain(text))
        {
            yield return (RunPiece.Text, text);
            yield break;
        }

        var pending = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            RunPiece? control = c switch
            {
                '\n' => RunPiece.Break,
                '\r' when i + 1 < text.Length && text[i + 1] == '\n' => null,
                '\r' => RunPiece.Break,
                '\t' => RunPiece.Tab,
                _ => null,
            };

            if (control is { } piece)
            {
                if (pending.Length > 0)
                {
                    yield return (RunPiece.Text, pending.ToString());
                    pending.Clear();
                }

                yield return (piece, "");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                pending.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c) && c != '\r')
            {
                pending.Append(c);
            }
        }

        if (pending.Length > 0 || text.Length == 0)
        {
            yield return (RunPiece.Text, pending.ToString());
        }
    }

    /// <summary>Whether <paramref name="text"/> is one piece of text as it is: no breaks, tabs, surrogates or characters XML cannot hold.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || (c >= '\uD800' && c <= '\uDFFF') || c == '\uFFFE' || c == '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    private enum RunPiece
    {
        Text,
        Break,
        Tab,
    }
}
