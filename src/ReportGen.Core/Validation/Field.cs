using ReportGen.Core.Derivation;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>A key of a mapping in the incident format, declared once: its YAML name, its shape (type, enum values),
/// how much it is needed, what it means, and how it binds to the model. Validation, binding, the JSON Schema, the
/// template model and the layout README's field table all read it.</summary>
internal abstract class Field(string key, Shape shape, Need need, string description)
{
    /// <summary>The YAML key, also the name layouts see.</summary>
    public string Key { get; } = key;
    /// <summary>What the value must look like.</summary>
    public Shape Shape { get; } = shape;
    /// <summary>How much the key is needed.</summary>
    public Need Need { get; } = need;
    /// <summary>What it means (the schema's description and the README's text).</summary>
    public string Description { get; } = description;
    /// <summary>A requirement that depends on another key of the same mapping (for the schema; checks enforce it).</summary>
    public RequiredWhen? When { get; init; }

    /// <summary>The model value of this key in <paramref name="owner"/> (a record of the mapping's model type).</summary>
    public abstract object? Get(object owner);
}

/// <summary>A field of a mapping bound to the model record <typeparamref name="TOwner"/>.</summary>
internal abstract class Field<TOwner>(string key, Shape shape, Need need, string description) : Field(key, shape, need, description)
{
    /// <summary>A copy of <paramref name="owner"/> holding the value of the (valid) node.</summary>
    public abstract TOwner Bind(TOwner owner, YNode value, BindContext ctx);
}

/// <summary>A field whose shape reads <typeparamref name="TValue"/>; <c>set</c> puts it into the record (with
/// <c>with</c>), <c>get</c> reads the model value back for layouts.</summary>
internal sealed class Field<TOwner, TValue>(string key, Shape<TValue> shape, Need need, string description,
    Func<TOwner, object?> get, Func<TOwner, TValue, TOwner> set) : Field<TOwner>(key, shape, need, description)
{
    public override TOwner Bind(TOwner owner, YNode value, BindContext ctx) => set(owner, shape.Read(value, ctx));

    public override object? Get(object owner) => get((TOwner)owner);
}

/// <summary>The key is required when <paramref name="Key"/> holds one of <paramref name="Values"/>; with
/// <paramref name="AbsentOtherwise"/>, it must be absent (or empty) otherwise.</summary>
internal sealed record RequiredWhen(string Key, IReadOnlyList<string> Values, bool AbsentOtherwise = false);

/// <summary>What binding needs besides the tree: the resolved timeline times (in file order) and the folder figure
/// paths resolve against. One per file; not thread-safe.</summary>
internal sealed class BindContext(IReadOnlyList<ReportClock.Resolved?> times, string baseDirectory, Loading.IncidentPositions? positions = null)
{
    private int _nextTime;

    /// <summary>Where each bound record was read from, when the caller keeps it.</summary>
    public Loading.IncidentPositions? Positions { get; } = positions;

    /// <summary>The incident file's folder.</summary>
    public string BaseDirectory { get; } = baseDirectory;

    /// <summary>The resolved time of the next timeline entry: the timeline binds in file order, so entry i takes
    /// times[i] (by position, never by node: an aliased entry appears twice and may resolve to two days).</summary>
    public DateTimeOffset NextTimelineTime() => times[_nextTime++]!.Value.At;
}
