using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests.Fixtures;

/// <summary>
/// Shows a paragraph the way Word's "toggle field codes" does: text as text, each field as <c>{CODE}</c> without its
/// cached result, so "Page {PAGE} of {NUMPAGES}".
/// </summary>
internal static class FieldText
{
    public static string Of(IEnumerable<OpenXmlElement> runs)
    {
        var text = new StringBuilder();
        var depth = 0;
        var inResult = new Stack<bool>();
        foreach (var element in runs.SelectMany(r => r.Descendants()))
        {
            var showing = !inResult.Contains(true);
            switch (element)
            {
                case W.FieldChar { FieldCharType.Value: var type } when type == W.FieldCharValues.Begin:
                    if (showing)
                    {
                        text.Append('{');
                    }

                    inResult.Push(false);
                    depth++;
                    break;
                case W.FieldChar { FieldCharType.Value: var type } when type == W.FieldCharValues.Separate:
                    inResult.Pop();
                    inResult.Push(true);
                    break;
                case W.FieldChar { FieldCharType.Value: var type } when type == W.FieldCharValues.End:
                    inResult.Pop();
                    depth--;
                    if (!inResult.Contains(true))
                    {
                        text.Append('}');
                    }

                    break;
                case W.FieldCode code when showing:
                    text.Append(code.Text.Trim());
                    break;
                case W.Text t when showing:
                    text.Append(t.Text);
                    break;
                case W.TabChar when showing:
                    text.Append('\t');
                    break;
            }
        }

        return depth == 0 ? text.ToString() : throw new AssertionException("Unbalanced field characters in: " + text);
    }
}
