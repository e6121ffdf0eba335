using System.Collections;

namespace ReportGen.Composition.Text;

/// <summary>
/// A map of named values as Liquid texts see them (<c>period</c>, <c>indicator</c>, <c>row</c> …): the allow-list of what
/// a template can reach. Only the names set here exist; nothing else of a .NET object is reachable. A closed map
/// (the default) makes a name it does not hold an error with a suggestion; an open one (<c>settings</c>,
/// <c>indicator.info</c>, a goal's or a register row's own keys, whose names the user chooses) gives empty instead,
/// so that <c>{% if settings.area %}</c> and <c>| default:</c> work on a name that was not given.
/// </summary>
internal sealed class LiquidMap : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly Dictionary<string, object?> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Fluid.Values.FluidValue> _values = new(StringComparer.Ordinal);
    private LiquidMapValue? _value;

    /// <summary>An empty map; <paramref name="open"/> for one whose names the user chooses.</summary>
    public LiquidMap(bool open = false) => Open = open;

    /// <summary>Whether a name the map does not hold reads as empty rather than as an error.</summary>
    public bool Open { get; }

    /// <summary>The names the map holds, in no particular order.</summary>
    public IEnumerable<string> Names => _raw.Keys;

    /// <summary>The value of <paramref name="name"/> as it was set (a string, number, flag, list or map).</summary>
    public object? this[string name]
    {
        get => _raw[name];
        set
        {
            _raw[name] = value;
            _values[name] = LiquidValues.From(value);
        }
    }

    /// <summary>A map of the entries of <paramref name="entries"/>.</summary>
    public static LiquidMap Of(IEnumerable<KeyValuePair<string, object?>> entries, bool open = false)
    {
        var map = new LiquidMap(open);
        foreach (var (name, value) in entries)
        {
            map[name] = value;
        }

        return map;
    }

    /// <summary>Whether the map holds <paramref name="name"/>.</summary>
    public bool ContainsKey(string name) => _raw.ContainsKey(name);

    /// <summary>The value of <paramref name="name"/> as Fluid reads it, if the map holds it.</summary>
    internal bool TryGetValue(string name, out Fluid.Values.FluidValue value) => _values.TryGetValue(name, out value!);

    /// <summary>The values as Fluid reads them, converted once when they were set.</summary>
    internal IEnumerable<KeyValuePair<string, Fluid.Values.FluidValue>> FluidValues => _values;

    /// <summary>The map as Fluid reads it (one instance, so that later entries are seen).</summary>
    internal LiquidMapValue AsFluid() => _value ??= new LiquidMapValue(this);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _raw.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
