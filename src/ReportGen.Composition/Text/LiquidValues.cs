using System.Collections;
using System.Globalization;
using Fluid;
using Fluid.Values;

namespace ReportGen.Composition.Text;

/// <summary>
/// Turns the model's values into Fluid's: text, numbers, flags, lists and <see cref="LiquidMap"/>s, and nothing else.
/// Any other .NET object is refused here, so no template can reach its members (there is no reflection).
/// </summary>
internal static class LiquidValues
{
    /// <summary>The Fluid value of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">A type the model does not allow (a programming error, not a user's).</exception>
    public static FluidValue From(object? value) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        string text => StringValue.Create(text, encode: false),
        bool flag => BooleanValue.Create(flag),
        int number => NumberValue.Create(number),
        long number => NumberValue.Create(number),
        decimal number => NumberValue.Create(number),
        double number => NumberValue.Create((decimal)number),
        LiquidMap map => map.AsFluid(),
        IReadOnlyDictionary<string, object?> map => LiquidMap.Of(map, open: true).AsFluid(),
        IEnumerable list => ArrayValue.Create([.. list.Cast<object?>().Select(From)]),
        _ => throw new ArgumentException($"a {value.GetType().Name} is not a value templates may see; add its members to a LiquidMap", nameof(value)),
    };
}

/// <summary>A <see cref="LiquidMap"/> as Fluid reads it: members by name or by index (<c>groups["City of London"]</c>).</summary>
internal sealed class LiquidMapValue(LiquidMap map) : FluidValue
{
    /// <summary>The map.</summary>
    public LiquidMap Map { get; } = map;

    /// <inheritdoc/>
    public override FluidValues Type => FluidValues.Dictionary;

    /// <inheritdoc/>
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (Map.TryGetValue(name, out var value))
        {
            return new ValueTask<FluidValue>(value);
        }

        if (name == "size")
        {
            return new ValueTask<FluidValue>(NumberValue.Create(Map.Names.Count()));
        }

        return Map.Open ? new ValueTask<FluidValue>(NilValue.Instance) : throw new UnknownNameException(name, [.. Map.Names], member: true);
    }

    /// <inheritdoc/>
    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(context), context);

    /// <inheritdoc/>
    public override ValueTask<bool> ContainsAsync(FluidValue value, TemplateContext context) =>
        new(Map.ContainsKey(value.ToStringValue(context)));

    /// <inheritdoc/>
    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool ToBooleanValue(TemplateContext context) => true;

    /// <inheritdoc/>
    public override decimal ToNumberValue(TemplateContext context) => 0m;

    /// <inheritdoc/>
    public override string ToStringValue(TemplateContext context) => string.Empty;

    /// <inheritdoc/>
    public override object ToObjectValue(TemplateContext context) => Map;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Map.GetHashCode();
}

/// <summary>A name a text uses that the model does not have: a variable, or a member of a closed map.</summary>
internal sealed class UnknownNameException(string name, IReadOnlyList<string> candidates, bool member) : Exception($"unknown name '{name}'")
{
    /// <summary>The name as the text wrote it.</summary>
    public string Name { get; } = name;

    /// <summary>The names that were there to be had (for a suggestion); empty when unknown.</summary>
    public IReadOnlyList<string> Candidates { get; } = candidates;

    /// <summary>Whether the name is a member (<c>period.lable</c>) rather than a variable.</summary>
    public bool Member { get; } = member;
}
