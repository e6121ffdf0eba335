using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Composition;

/// <summary>
/// What the Liquid texts of one build may spend, all of them together (templates, settings and commentary of every
/// report): steps (a tag, an output, a loop's turn), characters of text made, and time. A text that would spend
/// past what is left stops with an error at its own place, and no text of the build is rendered after that, so a
/// build with a runaway loop stops promptly. Two limits hold for each text alone: how many items one list may hold
/// (<c>(1..1000000000)</c>) and how deep tags may nest. docs/templates.md gives the figures.
/// </summary>
public sealed class TemplateBudget
{
    /// <summary>The steps a build's texts may take together.</summary>
    public const int DefaultSteps = 2_000_000;

    /// <summary>The characters a build's texts may make together (output, and text built with filters such as <c>append</c>).</summary>
    public const int DefaultCharacters = 20_000_000;

    /// <summary>The seconds a build's texts may take together.</summary>
    public const int DefaultSeconds = 20;

    /// <summary>The items one list may hold, such as a range <c>(1..n)</c>.</summary>
    public const int MaxListItems = 100_000;

    /// <summary>How deep tags and scopes may nest in one text.</summary>
    public const int MaxNesting = 50;

    private readonly Stopwatch _clock = new();

    /// <summary>A budget of <paramref name="steps"/>, <paramref name="characters"/> and <paramref name="time"/> (default: the figures above).</summary>
    public TemplateBudget(int steps = DefaultSteps, int characters = DefaultCharacters, TimeSpan? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(characters);
        Steps = steps;
        Characters = characters;
        Time = time ?? TimeSpan.FromSeconds(DefaultSeconds);
    }

    /// <summary>The steps the build's texts may take together.</summary>
    public int Steps { get; }

    /// <summary>The characters the build's texts may make together.</summary>
    public int Characters { get; }

    /// <summary>The time the build's texts may take together.</summary>
    public TimeSpan Time { get; }

    /// <summary>The steps taken so far.</summary>
    public int StepsUsed { get; internal set; }

    /// <summary>The characters made so far.</summary>
    public long CharactersUsed { get; internal set; }

    /// <summary>The time spent rendering so far.</summary>
    public TimeSpan TimeUsed => _clock.Elapsed;

    /// <summary>Whether a text ran out of the budget (no text is rendered after that).</summary>
    public bool Exhausted { get; internal set; }

    /// <summary>The characters left.</summary>
    internal int CharactersLeft => (int)Math.Max(0, Characters - CharactersUsed);

    /// <summary>The time left.</summary>
    internal TimeSpan TimeLeft => Time - _clock.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    /// <summary>Starts the clock for one text.</summary>
    internal void Start() => _clock.Start();

    /// <summary>Stops the clock after one text.</summary>
    internal void Stop() => _clock.Stop();

    /// <summary>The words for the steps: "2,000,000 steps".</summary>
    internal string StepsWords => Steps.ToString("N0", CultureInfo.InvariantCulture) + " steps";

    /// <summary>The words for the characters: "20,000,000 characters".</summary>
    internal string CharactersWords => Characters.ToString("N0", CultureInfo.InvariantCulture) + " characters";

    /// <summary>The words for the time: "20 seconds".</summary>
    internal string TimeWords => Time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds";
}
