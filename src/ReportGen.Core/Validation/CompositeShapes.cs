using System.Text.Json;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>A mapping with a fixed set of keys: unknown keys are errors (with the nearest valid key as a hint),
/// required keys must be present, each value is checked against its field's shape.</summary>
internal sealed class ObjectShape(string what, params Field[] fields) : Shape
{
    public IReadOnlyList<Field> Fields { get; } = fields;
    public override string Expected => $"a mapping ({what})";

    /// <summary>The field named <paramref name="key"/>, or null.</summary>
    public Field? Find(string key)
    {
        foreach (var f in fields) if (f.Key == key) return f;
        return null;
    }

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YMapping map)
        {
            WrongType(node, ctx, $"write the keys of {what} indented below, e.g. '{fields[0].Key}: ...'");
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
        foreach (var field in fields)
            if (field.Need == Need.Required && map.Get(field.Key) is null && misspelt?.Contains(field.Key) != true)
                ReportMissing(map, field, ctx, Diagnostics.DiagnosticSeverity.Error, "");
    }

    /// <summary>Reports a missing key: at its empty entry when it has one ("has no value"), else at the mapping.</summary>
    internal static void ReportMissing(YMapping map, Field field, ValidationContext ctx, Diagnostics.DiagnosticSeverity severity, string why)
    {
        YNode at = map;
        foreach (var e in map.Entries) if (e.Key.Text == field.Key) at = e.Key;
        var message = at is YScalar ? $"'{field.Key}' has no value{why}" : $"missing required key '{field.Key}'{why}";
        ctx.Report(severity, at, message, $"add '{field.Key}:' with {field.Shape.Expected}", Join(map.Path, field.Key));
    }

    /// <summary>Reports an unknown key; returns the valid key it is a near miss of, if any.</summary>
    private string? UnknownKey(YScalar key, YMapping map, ValidationContext ctx)
    {
        var nearest = Suggestions.Nearest(key.Text, fields.Select(f => f.Key));
        var hint = nearest is not null
            ? $"did you mean '{nearest}'?"
            : SlippedOut(key, map) ?? $"valid keys here: {string.Join(", ", fields.Select(f => f.Key))}";
        ctx.Report(Diagnostics.DiagnosticSeverity.Error, key, $"unknown key {DiagnosticText.Quote(key.Text)}", hint, Join(map.Path, key.Text));
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
        if (shape is ListShape list) (shape, value) = (list.Item, (value as YSequence)?.Items.LastOrDefault()!);
        if (shape is not ObjectShape inner || inner.Find(key.Text) is null || value is not YMapping { Entries.Count: > 0 } holder) return null;
        var sibling = holder.Entries[^1].Key;
        return $"{DiagnosticText.Quote(key.Text)} is a key of '{owner.Text}' (line {owner.Line}): " +
               $"indent it {sibling.Column - 1} space{(sibling.Column == 2 ? "" : "s")}, like {DiagnosticText.Quote(sibling.Text)}";
    }

    internal static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var f in fields)
        {
            json.WriteStartObject(f.Key);
            json.WriteString("description", f.Description);
            f.Shape.WriteSchema(json, nullable: f.Need != Need.Required);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var required = fields.Where(f => f.Need == Need.Required).ToList();
        if (required.Count == 0) return;
        json.WriteStartArray("required");
        foreach (var f in required) json.WriteStringValue(f.Key);
        json.WriteEndArray();
    }
}

/// <summary>A list of values of one shape.</summary>
internal sealed class ListShape(Shape item, int minItems = 0) : Shape
{
    public Shape Item { get; } = item;
    public override string Expected => "a list";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YSequence seq)
        {
            WrongType(node, ctx, node is YScalar
                ? "write a list: one '- item' per line, or [a, b] on one line"
                : "write one '- item' per line");
            return;
        }
        if (seq.Items.Count < minItems)
            ctx.Error(seq, $"the list needs at least {minItems} {(minItems == 1 ? "entry" : "entries")}", "add an entry starting with '- '");
        foreach (var value in seq.Items)
        {
            if (value is YScalar { IsNull: true }) ctx.Error(value, "empty list entry", $"write {Item.Expected} after '- ', or remove the line");
            else Item.Check(value, ctx);
        }
    }

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "array");
        if (minItems > 0) json.WriteNumber("minItems", minItems);
        json.WriteStartObject("items");
        Item.WriteSchema(json, nullable: false);
        json.WriteEndObject();
    }
}

/// <summary>Either text or a mapping (a prevention measure, which may name the action items that carry it).</summary>
internal sealed class TextOrObjectShape(TextShape text, ObjectShape map) : Shape
{
    public ObjectShape Object { get; } = map;
    public override string Expected => $"text or {Object.Expected}";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is YScalar) text.Check(node, ctx);
        else if (node is YMapping { Entries: [var only] } && Object.Find(only.Key.Text) is null && ColonSlip.Hint(node) is { } slip)
            ctx.Error(node, "the item was read as a mapping because it contains ': '", slip);
        else if (node is YMapping) Object.Check(node, ctx);
        else WrongType(node, ctx);
    }

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        json.WriteStartArray("anyOf");
        json.WriteStartObject(); text.WriteSchema(json, nullable); json.WriteEndObject();
        json.WriteStartObject(); Object.WriteSchema(json, nullable: false); json.WriteEndObject();
        json.WriteEndArray();
    }
}
