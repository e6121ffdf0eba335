using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.WPFonts;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Tests.Fonts;

/// <summary>
/// The renderer measures text from the fonts' own tables. PDFsharp measured it until the renderer's own writer
/// replaced it, and every pack was laid out by those measures, so they are pinned here to PDFsharp's: widths (with a
/// simulated bold's extra advance), line height, ascent and underline offset, for the built-in faces and for sets that
/// lack faces.
/// </summary>
public sealed class MeasurementTests
{
    static readonly string[] Texts =
    [
        new([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)]),
        "£1,234.56 – 4.5% above last year’s “target”; é è à ç • …",
        "Performance", "WWW iii", "A&E",
    ];

    static IEnumerable<TestCaseData> Sets()
    {
        yield return new TestCaseData(BuiltInFonts.Default).SetArgDisplayNames("Liberation Sans, four faces");
        yield return new TestCaseData(new PdfFontSet("Segoe WP", FontDataHelper.SegoeWP, FontDataHelper.SegoeWPBold, null, null))
            .SetArgDisplayNames("Segoe WP, no italic faces");
        yield return new TestCaseData(new PdfFontSet("Segoe WP Light", FontDataHelper.SegoeWPLight, null, null, null))
            .SetArgDisplayNames("Segoe WP Light alone");
    }

    [TestCaseSource(nameof(Sets))]
    public void Every_measure_is_what_PDFsharp_measured(PdfFontSet set)
    {
        var book = new FontBook(set);
        var family = PdfSharpFonts.Family(set);
        using var measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards, new PdfSharp.Events.RenderEvents());

        Assert.Multiple(() =>
        {
            foreach (var spec in new[] { new FontSpec(7), new FontSpec(9.5, Bold: true), new FontSpec(11, Italic: true), new FontSpec(14, true, true) })
            {
                var font = new XFont(family, spec.Size, Style(spec), new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
                foreach (var text in Texts)
                {
                    Assert.That(book.Width(text, spec), Is.EqualTo(measure.MeasureString(text, font).Width).Within(1e-9), $"{spec}: {text}");
                }

                Assert.That(book.LineHeight(spec), Is.EqualTo(font.GetHeight()).Within(1e-9), $"{spec}: line height");
                Assert.That(book.Ascent(spec), Is.EqualTo(spec.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm).Within(1e-9), $"{spec}: ascent");
                Assert.That(
                    book.UnderlineOffset(spec),
                    Is.EqualTo(Math.Max(1, -spec.Size * font.Metrics.UnderlinePosition / font.Metrics.UnitsPerEm)).Within(1e-9),
                    $"{spec}: underline");
            }
        });
    }

    static XFontStyleEx Style(FontSpec spec) => (spec.Bold, spec.Italic) switch
    {
        (true, true) => XFontStyleEx.BoldItalic,
        (true, false) => XFontStyleEx.Bold,
        (false, true) => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    };

    /// <summary>PDFsharp's process-wide font resolver, serving the sets these tests measure (installed once).</summary>
    sealed class PdfSharpFonts : IFontResolver
    {
        static readonly PdfSharpFonts Instance = new();
        static readonly Lock Gate = new();
        readonly ConcurrentDictionary<string, PdfFontSet> _sets = new(StringComparer.Ordinal);

        public static string Family(PdfFontSet set)
        {
            lock (Gate)
            {
                GlobalFontSettings.FontResolver ??= Instance;
            }

            var family = set.Name + " #" + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(set);
            Instance._sets.TryAdd(family, set);
            return family;
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            if (!_sets.TryGetValue(familyName, out var set))
            {
                return null;
            }

            return (bold, italic) switch
            {
                (true, true) when set.BoldItalic is not null => new FontResolverInfo(familyName + "|BI"),
                (true, true) when set.Bold is not null => new FontResolverInfo(familyName + "|B", false, true),
                (true, true) when set.Italic is not null => new FontResolverInfo(familyName + "|I", true, false),
                (true, true) => new FontResolverInfo(familyName + "|R", true, true),
                (true, false) when set.Bold is not null => new FontResolverInfo(familyName + "|B"),
                (true, false) => new FontResolverInfo(familyName + "|R", true, false),
                (false, true) when set.Italic is not null => new FontResolverInfo(familyName + "|I"),
                (false, true) => new FontResolverInfo(familyName + "|R", false, true),
                _ => new FontResolverInfo(familyName + "|R"),
            };
        }

        public byte[]? GetFont(string faceName)
        {
            var (family, face) = (faceName[..faceName.LastIndexOf('|')], faceName[(faceName.LastIndexOf('|') + 1)..]);
            var set = _sets[family];
            return face switch { "BI" => set.BoldItalic, "B" => set.Bold, "I" => set.Italic, _ => set.Regular };
        }
    }
}
