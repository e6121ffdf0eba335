using System.Text;

namespace ReportGen.Rendering.Html.Markup;

/// <summary>
/// Escapes text for HTML. Text from users' files may hold anything: markup characters are escaped, and characters
/// HTML may not carry (controls other than tab and line breaks, lone surrogates, noncharacters) are dropped, as the
/// Word renderer drops those XML cannot hold.
/// </summary>
internal static class HtmlText
{
    /// <summary><paramref name="text"/> as element content: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string Escape(string text) => Encode(text, attribute: false);

    /// <summary><paramref name="text"/> as a double-quoted attribute's value: quotes escaped as well.</summary>
    public static string Attribute(string text) => Encode(text, attribute: true);

    private static string Encode(string text, bool attribute)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var code = char.ConvertToUtf32(c, text[i + 1]);
                if ((code & 0xFFFE) != 0xFFFE)
                {
                    result.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '"' when attribute:
                    result.Append("&quot;");
                    break;
                case '\'' when attribute:
                    result.Append("&#39;");
                    break;
                case '\t' or '\n' or '\r':
                    result.Append(attribute ? ' ' : c);
                    break;
                default:
                    if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && c is not (>= '\uFDD0' and <= '\uFDEF'))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}
