using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Turns a string into a run's children: w:t for text, w:br for line breaks, w:tab for tabs.</summary>
internal static class RunText
{
    public static IEnumerable<OpenXmlElement> Split(string text)
    {
        var pending = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            OpenXmlElement? control = c switch
            {
                '\n' => new W.Break(),
                '\r' when i + 1 < text.Length && text[i + 1] == '\n' => null,
                '\r' => new W.Break(),
                '\t' => new W.TabChar(),
                _ => null,
            };

            if (control is not null)
            {
                if (pending.Length > 0)
                {
                    yield return Text(pending);
                }

                yield return control;
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
            yield return Text(pending);
        }
    }

    private static W.Text Text(StringBuilder pending)
    {
        var text = new W.Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve };
        pending.Clear();
        return text;
    }
}
