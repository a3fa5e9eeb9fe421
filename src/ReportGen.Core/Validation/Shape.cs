using System.Text.Json;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>One rule definition of the incident format: what a value must look like. The validator checks a YAML node
/// against it and the schema generator writes it as JSON Schema, so both come from this one definition.</summary>
internal abstract class Shape
{
    /// <summary>What the value should be, for messages ("a list", "a date (YYYY-MM-DD)").</summary>
    public abstract string Expected { get; }

    /// <summary>Checks a present, non-null node; reports problems; stores the typed value of a valid scalar.</summary>
    public abstract void Check(YNode node, ValidationContext ctx);

    /// <summary>Writes this shape as a JSON Schema object; <paramref name="nullable"/> also accepts null (an empty key).</summary>
    public abstract void WriteSchema(Utf8JsonWriter json, bool nullable);

    /// <summary>Reports that the node is of the wrong kind.</summary>
    protected void WrongType(YNode node, ValidationContext ctx, string? hint = null) =>
        ctx.Error(node, $"expected {Expected}, found {node.KindName}", hint ?? $"write {Expected} here");

    /// <summary>Writes <c>"type"</c> as one name or, when nullable, a list with "null".</summary>
    protected static void WriteType(Utf8JsonWriter json, bool nullable, params string[] types)
    {
        if (types.Length == 1 && !nullable) { json.WriteString("type", types[0]); return; }
        json.WriteStartArray("type");
        foreach (var t in types) json.WriteStringValue(t);
        if (nullable) json.WriteStringValue("null");
        json.WriteEndArray();
    }
}

/// <summary>A shape whose valid values bind to <typeparamref name="T"/> in the model.</summary>
internal abstract class Shape<T> : Shape
{
    /// <summary>The model value of a node that passed <see cref="Shape.Check"/> without errors.</summary>
    public abstract T Read(YNode node, BindContext ctx);

    /// <summary>The typed value <see cref="Shape.Check"/> stored in a scalar.</summary>
    protected static TValue Stored<TValue>(YNode node) => (TValue)((YScalar)node).Value!;
}

/// <summary>How much a key is needed.</summary>
internal enum Need
{
    /// <summary>May be left out.</summary>
    Optional,
    /// <summary>Always required.</summary>
    Required,
    /// <summary>Required unless the status is draft (resolved_at).</summary>
    RequiredUnlessDraft,
    /// <summary>Required for sign-off: a gap the readiness check reports (action item owner, due, priority).</summary>
    RequiredForSignOff,
}
