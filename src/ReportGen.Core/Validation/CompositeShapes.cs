using System.Text.Json;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>A mapping with a fixed set of keys, seen without its model type (for walks over the format).</summary>
internal interface IObjectShape
{
    /// <summary>The keys, in declaration order.</summary>
    IReadOnlyList<Field> Fields { get; }
    /// <summary>The field named <paramref name="key"/>, or null.</summary>
    Field? Find(string key);
}

/// <summary>A list, seen without its item type.</summary>
internal interface IListShape
{
    /// <summary>The shape of each item.</summary>
    Shape Item { get; }
}

/// <summary>Text or a mapping, seen without its model type.</summary>
internal interface ITextOrObjectShape
{
    /// <summary>The mapping form.</summary>
    IObjectShape Object { get; }
}

/// <summary>A list of values of one shape.</summary>
internal sealed class ListShape<T>(Shape<T> item, int minItems = 0) : Shape<IReadOnlyList<T>>, IListShape
{
    public Shape<T> Item { get; } = item;
    Shape IListShape.Item => Item;
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

    public override IReadOnlyList<T> Read(YNode node, BindContext ctx)
    {
        var items = ((YSequence)node).Items;
        var list = new List<T>(items.Count);
        foreach (var item in items) list.Add(Item.Read(item, ctx));
        return list;
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

/// <summary>Either text or a mapping (a prevention measure, which may name the action items that carry it); text
/// binds through <paramref name="fromText"/>.</summary>
internal sealed class TextOrObjectShape<T>(TextShape text, ObjectShape<T> map, Func<string, T> fromText) : Shape<T>, ITextOrObjectShape
    where T : class
{
    public ObjectShape<T> Object { get; } = map;
    IObjectShape ITextOrObjectShape.Object => Object;
    public override string Expected => $"text or {Object.Expected}";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is YScalar) text.Check(node, ctx);
        else if (node is YMapping { Entries: [var only] } && Object.Find(only.Key.Text) is null && ColonSlip.Hint(node) is { } slip)
            ctx.Error(node, "the item was read as a mapping because it contains ': '", slip);
        else if (node is YMapping) Object.Check(node, ctx);
        else WrongType(node, ctx);
    }

    public override T Read(YNode node, BindContext ctx)
    {
        if (node is YMapping) return Object.Read(node, ctx);
        var record = fromText(text.Read(node, ctx));
        ctx.Positions?.Add(record, node);
        return record;
    }

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        json.WriteStartArray("anyOf");
        json.WriteStartObject(); text.WriteSchema(json, nullable); json.WriteEndObject();
        json.WriteStartObject(); Object.WriteSchema(json, nullable: false); json.WriteEndObject();
        json.WriteEndArray();
    }
}
