using ReportGen.Composition;
using ReportGen.Documents.Model;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// A build's one-off start-up work, done on a second core while the main one reads the inputs and calculates: the
/// template language's parser is built, and each renderer the build will use renders a small document of its own into
/// nothing, which loads its fonts, its libraries' tables and its code once. The documents the build writes are the same
/// bytes with or without it (each render is independent of any other); it only moves the first-use cost off the path
/// the build waits on. On one core there is nothing to gain, and nothing is started. A failure here is never the
/// build's: the real render meets the same problem and reports it where it belongs.
/// </summary>
internal sealed class WarmUp : IDisposable
{
    private static readonly ReportDocument Sample = new(
        new DocumentInfo("Warm-up", "en-GB"),
        DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture("Header", "Footer"),
            [
                Heading.Of(1, "Heading"),
                Paragraph.Of("A paragraph of text, with some words in it."),
                new Table(
                    "Table",
                    [new TableColumn(0.5), new TableColumn(0.5, CellAlignment.Right)],
                    [new TableRow([new TableCell([Paragraph.Of("Name")], IsHeader: true), new TableCell([Paragraph.Of("Value")], IsHeader: true)])],
                    [new TableRow([new TableCell([Paragraph.Of("One")]), new TableCell([Paragraph.Of("1")])])]),
            ]),
        ]);

    private readonly Task _work;

    private WarmUp(Task work) => _work = work;

    /// <summary>Starts warming up for a build whose reports render <paramref name="formats"/> with <paramref name="renderers"/>.</summary>
    public static WarmUp Start(DocumentRenderers renderers, IReadOnlyCollection<string> formats)
    {
        if (Environment.ProcessorCount < 2 || formats.Count == 0)
        {
            return new WarmUp(Task.CompletedTask);
        }

        return new WarmUp(Task.Run(() =>
        {
            DocumentComposer.Prepare();
            foreach (var format in formats)
            {
                renderers.Of(format).Render(Sample, Stream.Null);
            }
        }));
    }

    /// <summary>Waits for the work to end (so that none of it outlives the build), ignoring how it ended.</summary>
    public void Dispose()
    {
        try
        {
            _work.Wait();
        }
        catch (AggregateException)
        {
            // Not the build's failure: see the class's summary.
        }
    }
}
