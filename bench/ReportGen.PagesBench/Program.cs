using System.Diagnostics;
using System.Globalization;
using ReportGen.Documents.Rendering;
using ReportGen.PagesBench;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;

// ReportGen.PagesBench pdf|docx SMALL LARGE [REPEAT [WARMUP]]  times rendering SMALL and LARGE pages, prints one line
// ReportGen.PagesBench write pdf|docx PAGES FILE       writes one document (to check its pages and look at it)
// ReportGen.PagesBench profile pdf|docx PAGES SECONDS  renders PAGES pages again and again (for dotnet-trace)
// ReportGen.PagesBench layout PAGES [REPEAT]            times the PDF layout alone (DocumentLayout.Paginate, with the
//                                                      fresh FontBook a render starts with), prints one line:
//                                                      "layout pages=P repeat=R first_ms_per_page=… ms_per_page=…
//                                                      cpu_ms_per_page=… allocated_kb_per_page=… collections=…": the
//                                                      first layout (code not yet optimised by the JIT), then the
//                                                      medians of REPEAT layouts after 3 s of warm-up, when the tiered
//                                                      JIT has optimised the code (processor time: the mean, of all threads, the
//                                                      collector's too, is steadier on a busy machine; collections
//                                                      are gen-0 collections, each level counts)
// ReportGen.PagesBench profile layout PAGES SECONDS    lays PAGES pages out again and again (for dotnet-trace)
// The line: "<format> small=S large=L small_s=… large_s=… marginal_pages_per_s=… whole_pages_per_s=…
// marginal_pages_per_cpu_s=… first_pages_per_s=… allocated_kb_per_page=…", where marginal is (L - S) / (time(L) - time(S))
// with each time the median of REPEAT renders after WARMUP seconds (default 3) of rendering both sizes: the rate at which a
// long document grows once the tiered JIT has optimised the code, start-up and the first page's costs taken out; the
// next is the same rate in processor time (all the process's threads), steadier on a busy machine; then LARGE pages
// divided by the very first render's time (code not yet optimised: what one small build sees); the last, the bytes
// allocated for each page beyond the first SMALL, which no other work on the machine changes.
IDocumentRenderer Renderer(string format) => format switch
{
    "pdf" => new PdfRenderer(),
    "docx" => new DocxRenderer(),
    _ => throw new ArgumentException($"unknown format {format}: pdf or docx"),
};

// Wall and processor seconds of one render (processor time, of every thread of the process, is steadier on a busy
// machine) and the bytes it allocated (renderers work on the calling thread).
static (double Wall, double Cpu, long Allocated) Seconds(IDocumentRenderer renderer, ReportGen.Documents.Model.ReportDocument document)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    using var output = new MemoryStream();
    renderer.Render(document, output);
    var wall = clock.Elapsed.TotalSeconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpu).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
}

// Wall and processor seconds (all the process's threads, the collector's too), bytes allocated and collections of
// one PDF layout of the document, with a fresh FontBook (empty caches) as each render has; the font family is
// registered before the clock starts (that is the renderer's, not the layout's).
static (double Wall, double Cpu, long Allocated, int Collections) LayoutSeconds(ReportGen.Documents.Model.ReportDocument document)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var collections = GC.CollectionCount(0);
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    var fonts = new FontBook(BuiltInFonts.Default);
    DocumentLayout.Paginate(document, new LayoutContext(fonts, document.Style, document.Layout));

    var wall = clock.Elapsed.TotalSeconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpu).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - collections);
}

static double Median(List<double> values)
{
    values.Sort();
    return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
}

static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

switch (args)
{
    case ["write", var format, var pages, var file]:
        {
            using var output = File.Create(file);
            Renderer(format).Render(DenseDocument.Of(Int(pages)), output);
            return 0;
        }

    case ["layout", var pagesText, .. var rest]:
        {
            var pages = Int(pagesText);
            var repeat = rest.Length > 0 ? Int(rest[0]) : 5;
            var document = DenseDocument.Of(pages);
            var first = LayoutSeconds(document);
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed.TotalSeconds < 3)
            {
                LayoutSeconds(document);
            }

            var runs = Enumerable.Range(0, repeat).Select(_ => LayoutSeconds(document)).ToList();
            var wall = Median([.. runs.Select(r => r.Wall)]);
            var cpu = runs.Sum(r => r.Cpu) / repeat; // the processor clock is too coarse for one layout
            var allocated = Median([.. runs.Select(r => (double)r.Allocated)]);
            var collections = Median([.. runs.Select(r => (double)r.Collections)]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"layout pages={pages} repeat={repeat} first_ms_per_page={first.Wall * 1000 / pages:0.000} ms_per_page={wall * 1000 / pages:0.000} cpu_ms_per_page={cpu * 1000 / pages:0.000} allocated_kb_per_page={allocated / 1024 / pages:0.0} collections={collections:0}"));
            return 0;
        }

    case ["profile", "layout", var pages, var seconds]:
        {
            var document = DenseDocument.Of(Int(pages));
            var clock = Stopwatch.StartNew();
            var layouts = 0;
            while (clock.Elapsed.TotalSeconds < Int(seconds))
            {
                LayoutSeconds(document);
                layouts++;
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{layouts} layouts of {pages} pages"));
            return 0;
        }

    case ["profile", var format, var pages, var seconds]:
        {
            var renderer = Renderer(format);
            var document = DenseDocument.Of(Int(pages));
            var clock = Stopwatch.StartNew();
            var renders = 0;
            while (clock.Elapsed.TotalSeconds < Int(seconds))
            {
                Seconds(renderer, document);
                renders++;
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{renders} renders of {pages} pages"));
            return 0;
        }

    case [var format, var smallText, var largeText, .. var rest] when format is "pdf" or "docx":
        {
            var (small, large) = (Int(smallText), Int(largeText));
            var repeat = rest.Length > 0 ? Int(rest[0]) : 5;
            var warmUp = rest.Length > 1 ? double.Parse(rest[1], CultureInfo.InvariantCulture) : 3;
            var renderer = Renderer(format);
            var smallDocument = DenseDocument.Of(small);
            var largeDocument = DenseDocument.Of(large);
            var first = Seconds(renderer, largeDocument);

            // Both sizes again and again for WARMUP seconds, as a long run (one pack per borough) would, so that the
            // tiered JIT has optimised the code before it is timed; the first render's time is printed as well.
            var warming = Stopwatch.StartNew();
            do
            {
                Seconds(renderer, smallDocument);
                Seconds(renderer, largeDocument);
            }
            while (warming.Elapsed.TotalSeconds < warmUp);
            var times = new List<(double Wall, double Cpu, long Allocated)>[] { [], [] };
            for (var i = 0; i < repeat; i++)
            {
                times[0].Add(Seconds(renderer, smallDocument));
                times[1].Add(Seconds(renderer, largeDocument));
            }

            var (smallWall, largeWall) = (Median([.. times[0].Select(t => t.Wall)]), Median([.. times[1].Select(t => t.Wall)]));
            var (smallCpu, largeCpu) = (Median([.. times[0].Select(t => t.Cpu)]), Median([.. times[1].Select(t => t.Cpu)]));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{format} small={small} large={large} small_s={smallWall:0.0000} large_s={largeWall:0.0000} marginal_pages_per_s={(large - small) / (largeWall - smallWall):0.0} whole_pages_per_s={large / largeWall:0.0} marginal_pages_per_cpu_s={(large - small) / (largeCpu - smallCpu):0.0} first_pages_per_s={large / first.Wall:0.0} allocated_kb_per_page={(times[1][0].Allocated - times[0][0].Allocated) / 1024.0 / (large - small):0}"));
            return 0;
        }

    default:
        Console.Error.WriteLine("usage: ReportGen.PagesBench pdf|docx SMALL LARGE [REPEAT] | write pdf|docx PAGES FILE | profile pdf|docx|layout PAGES SECONDS | layout PAGES [REPEAT]");
        return 2;
}
