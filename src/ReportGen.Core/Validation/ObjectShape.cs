using System.Text.Json;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>A mapping with a fixed set of keys bound to the model record <typeparamref name="T"/>: unknown keys are
/// errors (with the nearest valid key as a hint), required keys must be present, each value is checked against its
/// field's shape. Binding starts from <paramref name="seed"/> (the record with every key absent) and sets each key
/// present. Fields are declared with <see cref="Req"/> and <see cref="Opt"/> while the format is built.</summary>
internal sealed class ObjectShape<T>(string what, T seed) : Shape<T>, IObjectShape where T : class
{
    private readonly List<Field<T>> _fields = [];

    public IReadOnlyList<Field> Fields => _fields;
    public override string Expected => $"a mapping ({what})";

    /// <summary>Declares a required key.</summary>
    public ObjectShape<T> Req<TValue>(string key, Shape<TValue> shape, string description, Func<T, object?> get, Func<T, TValue, T> set) =>
        Add(key, shape, Need.Required, description, get, set);

    /// <summary>Declares an optional key.</summary>
    public ObjectShape<T> Opt<TValue>(string key, Shape<TValue> shape, string description, Func<T, object?> get, Func<T, TValue, T> set) =>
        Add(key, shape, Need.Optional, description, get, set);

    /// <summary>Declares a key with any <see cref="Need"/> and an optional condition for the schema.</summary>
    public ObjectShape<T> Add<TValue>(string key, Shape<TValue> shape, Need need, string description, Func<T, object?> get,
        Func<T, TValue, T> set, RequiredWhen? when = null)
    {
        _fields.Add(new Field<T, TValue>(key, shape, need, description, get, set) { When = when });
        return this;
    }

    public Field? Find(string key)
    {
        foreach (var f in _fields) if (f.Key == key) return f;
        return null;
    }

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YMapping map)
        {
            WrongType(node, ctx, $"write the keys of {what} indented below, e.g. '{_fields[0].Key}: ...'");
            return;
        }
        List<string>? misspelt = null;
        foreach (var (key, value) in map.Entries)
        {
            var field = Find(key.Text);
            if (field is null)
            {
                if (UnknownKey(key, map, ctx) is { } meant) (misspelt ??= []).Add(meant);
                continue;
            }
            if (value is YScalar { IsNull: true }) continue;
            field.Shape.Check(value, ctx);
            if (field.Need == Need.Required && value is YScalar { Value: string text } && text.Trim().Length == 0)
                ctx.Error(value, $"'{field.Key}' is empty", $"write {field.Shape.Expected} here");
        }
        // A required key written with a typo gets one message (the unknown key and its "did you mean"), not two.
        foreach (var field in _fields)
            if (field.Need == Need.Required && map.Get(field.Key) is null && misspelt?.Contains(field.Key) != true)
                ObjectShape.ReportMissing(map, field, ctx, DiagnosticSeverity.Error, "");
    }

    public override T Read(YNode node, BindContext ctx)
    {
        var record = seed;
        foreach (var (key, value) in ((YMapping)node).Entries)
        {
            if (value is YScalar { IsNull: true }) continue;
            foreach (var field in _fields)
                if (field.Key == key.Text) { record = field.Bind(record, value, ctx); break; }
        }
        ctx.Positions?.Add(record, node);
        return record;
    }

    /// <summary>Reports an unknown key; returns the valid key it is a near miss of, if any.</summary>
    private string? UnknownKey(YScalar key, YMapping map, ValidationContext ctx)
    {
        var nearest = Suggestions.Nearest(key.Text, _fields.Select(f => f.Key));
        var hint = nearest is not null
            ? $"did you mean '{nearest}'?"
            : SlippedOut(key, map) ?? $"valid keys here: {string.Join(", ", _fields.Select(f => f.Key))}";
        ctx.Report(DiagnosticSeverity.Error, key, $"unknown key {DiagnosticText.Quote(key.Text)}", hint, ObjectShape.Join(map.Path, key.Text));
        return nearest;
    }

    /// <summary>A key indented too little lands in the mapping above its own: when the entry before it holds a
    /// mapping (or a list of them) where the key is valid, says so and how far to indent it.</summary>
    private string? SlippedOut(YScalar key, YMapping map)
    {
        var index = map.Entries.FindIndex(e => ReferenceEquals(e.Key, key));
        if (index <= 0) return null;
        var (owner, value) = map.Entries[index - 1];
        var shape = Find(owner.Text)?.Shape;
        if (shape is IListShape list) (shape, value) = (list.Item, (value as YSequence)?.Items.LastOrDefault()!);
        if (shape is not IObjectShape inner || inner.Find(key.Text) is null || value is not YMapping { Entries.Count: > 0 } holder) return null;
        var sibling = holder.Entries[^1].Key;
        return $"{DiagnosticText.Quote(key.Text)} is a key of '{owner.Text}' (line {owner.Line}): " +
               $"indent it {sibling.Column - 1} space{(sibling.Column == 2 ? "" : "s")}, like {DiagnosticText.Quote(sibling.Text)}";
    }

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var f in _fields)
        {
            json.WriteStartObject(f.Key);
            json.WriteString("description", ObjectShape.IsMarkdown(f.Shape) ? "(Markdown) " + f.Description : f.Description);
            f.Shape.WriteSchema(json, nullable: f.Need != Need.Required);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var required = _fields.Where(f => f.Need == Need.Required).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var f in required) json.WriteStringValue(f.Key);
            json.WriteEndArray();
        }
        var conditional = _fields.Where(f => f.When is not null).ToList();
        if (conditional.Count == 1) ObjectShape.WriteCondition(json, conditional[0]);
        else if (conditional.Count > 1)
        {
            json.WriteStartArray("allOf");
            foreach (var f in conditional) { json.WriteStartObject(); ObjectShape.WriteCondition(json, f); json.WriteEndObject(); }
            json.WriteEndArray();
        }
    }
}

/// <summary>What every <see cref="ObjectShape{T}"/> shares, and what other checks reuse.</summary>
internal static class ObjectShape
{
    /// <summary>Reports a missing key: at its empty entry when it has one ("has no value"), else at the mapping.</summary>
    internal static void ReportMissing(YMapping map, Field field, ValidationContext ctx, DiagnosticSeverity severity, string why)
    {
        YNode at = map;
        foreach (var e in map.Entries) if (e.Key.Text == field.Key) at = e.Key;
        var message = at is YScalar ? $"'{field.Key}' has no value{why}" : $"missing required key '{field.Key}'{why}";
        ctx.Report(severity, at, message, $"add '{field.Key}:' with {field.Shape.Expected}", Join(map.Path, field.Key));
    }

    /// <summary>True for (md) text and lists of it.</summary>
    internal static bool IsMarkdown(Shape shape) => shape is TextShape { Markdown: true } or IListShape { Item: TextShape { Markdown: true } };

    internal static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary><c>if</c> the other key holds one of the values <c>then</c> this one is required (a string)
    /// <c>else</c>, when it must then be absent, null.</summary>
    internal static void WriteCondition(Utf8JsonWriter json, Field field)
    {
        var when = field.When!;
        json.WriteStartObject("if");
        json.WriteStartObject("properties");
        json.WriteStartObject(when.Key);
        json.WriteStartArray("enum");
        foreach (var value in when.Values) json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("required");
        json.WriteStringValue(when.Key);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("then");
        json.WriteStartArray("required");
        json.WriteStringValue(field.Key);
        json.WriteEndArray();
        WriteOnlyType(json, field.Key, "string");
        json.WriteEndObject();
        if (!when.AbsentOtherwise) return;
        json.WriteStartObject("else");
        WriteOnlyType(json, field.Key, "null");
        json.WriteEndObject();
    }

    private static void WriteOnlyType(Utf8JsonWriter json, string key, string type)
    {
        json.WriteStartObject("properties");
        json.WriteStartObject(key);
        json.WriteString("type", type);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
