using System.Collections;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Validation;
using ReportGen.Document;
using ReportGen.Import.Yaml;

namespace ReportGen.Import.Values;

/// <summary>What a table column of a list shows: the key of the list's items (<c>owner</c>), and whether the cell is
/// that value itself (marked in the .docx) or text derived from it (a formatted time, an enum's label).</summary>
internal sealed record CellSlot(string Key, bool Derived);

/// <summary>Works out which key each column of the report's item tables shows, for any layout and without reading
/// column headings: the incident is rendered once more with every empty key of every table item filled in (text with
/// a probe word, a date, an enum value), so each column shows something; a column whose cells are marked with a key's
/// YAML path shows that key, and an unmarked column whose text is what a layout prints for a key (its time, date, name
/// or label) is derived from that key. The report as rendered says most of it (<see cref="Of"/>); the probe render is
/// only made for a column it leaves open, when the .docx has a cell there to place (edited text, a new row).</summary>
internal static class CellSlots
{
    /// <summary>The slots by list (<c>action_items</c>) and column; empty when the probe does not render.</summary>
    public static Dictionary<(string List, int Column), CellSlot> Find(string text, Dictionary<string, YamlSpot> spots, IReadOnlyList<Block> blocks,
        ReportBuilder builder, string displayPath, string baseDirectory)
    {
        var lists = TableRows(blocks).Select(r => r.Item).Select(i => i[..i.LastIndexOf('[')]).ToHashSet(StringComparer.Ordinal);
        var probes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            if (FieldKinds.ShapeAt(list + "[0]") is not IObjectShape item || !spots.TryGetValue(list, out var listSpot)) continue;
            for (var i = 0; i < listSpot.Items; i++)
                foreach (var field in item.Fields)
                {
                    var path = $"{list}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{field.Key}";
                    if (spots.TryGetValue(path, out var spot) && (!spot.IsScalar || spot.Value is { Length: > 0 })) continue;
                    if (Probe(field.Shape, probes.Count) is { } value) probes[path] = value;
                }
        }
        var probeText = probes.Count == 0 ? text : YamlEdits.Apply(text, probes, [], [], [], "", [], spots);
        if (probeText is null) return [];
        var loaded = IncidentLoader.LoadText(probeText, displayPath, baseDirectory, new LoadOptions { CheckFigureFiles = false });
        if (loaded.HasErrors || loaded.Incident is null || loaded.Figures is null) return [];
        var built = builder.Build(loaded.File, loaded.Incident, loaded.Figures);
        return built.Document is null ? [] : Of(built.Document.Blocks, loaded.Incident, loaded.Figures);
    }

    /// <summary>The slots <paramref name="blocks"/> show as they are (no probe render): every column with a value or a
    /// printed value in some row. A column empty in every row is missing.</summary>
    public static Dictionary<(string List, int Column), CellSlot> Of(IReadOnlyList<Block> blocks, Core.Model.Incident incident,
        Core.Model.IncidentFigures figures)
    {
        var slots = new Dictionary<(string, int), CellSlot>();
        var votes = new Dictionary<(string, int), Dictionary<CellSlot, int>>();
        foreach (var (item, cells) in TableRows(blocks))
        {
            var list = item[..item.LastIndexOf('[')];
            var record = ModelAt(incident, item, out var shape);
            for (var c = 0; c < cells.Count; c++)
            {
                CellSlot? slot = null;
                var own = cells[c].Marks.Select(m => m.YamlPath).FirstOrDefault(p => p.StartsWith(item + ".", StringComparison.Ordinal) && !p[(item.Length + 1)..].Contains('.'));
                if (own is not null) slot = new CellSlot(own[(item.Length + 1)..], Derived: false);
                else if (record is not null && shape is not null && cells[c].Marks.Count == 0)
                    slot = DerivedFrom(OneSpaced.Of(Inlines.PlainText(cells[c].Inlines)), record, shape, figures);
                if (slot is null) continue;
                var tally = votes.TryGetValue((list, c), out var t) ? t : votes[(list, c)] = [];
                tally[slot] = tally.GetValueOrDefault(slot) + 1;
            }
        }
        foreach (var (at, tally) in votes) slots[at] = tally.MaxBy(v => v.Value).Key;
        return slots;
    }

    /// <summary>A value for an empty key that a layout shows: a probe word for text (never a link), a fixed date, an
    /// enum's first labelled value; null for other shapes.</summary>
    private static string? Probe(Shape shape, int n) => shape switch
    {
        TextShape { Link: false } => "zqprobe" + new string((char)('a' + n % 26), 1 + n / 26),
        DateShape => "2001-02-03",
        IEnumShape e => e.Values.Zip(e.Labels).FirstOrDefault(v => v.Second is not null).First ?? e.Values.FirstOrDefault(),
        _ => null,
    };

    /// <summary>The key whose value, as a layout prints it, is the cell's whole text; null when none or several.</summary>
    private static CellSlot? DerivedFrom(string cell, object record, IObjectShape shape, Core.Model.IncidentFigures figures)
    {
        if (cell.Length == 0) return null;
        string? found = null;
        foreach (var field in shape.Fields)
        {
            if (field.Shape is TextShape) continue;
            var value = field.Get(record);
            if (value is null) continue;
            if (!Printed(field.Shape, value, figures).Any(p => OneSpaced.Of(p) == cell)) continue;
            if (found is not null) return null;
            found = field.Key;
        }
        return found is null ? null : new CellSlot(found, Derived: true);
    }

    private static IEnumerable<string> Printed(Shape shape, object value, Core.Model.IncidentFigures figures)
    {
        switch (value)
        {
            case DateTimeOffset t:
                var local = figures.ToLocal(t);
                yield return FormatHelpers.Time(local);
                yield return FormatHelpers.Date(local);
                yield return FormatHelpers.DateTime(local);
                yield return FormatHelpers.Date(local) + " " + FormatHelpers.Time(local);
                break;
            case DateOnly d:
                yield return FormatHelpers.Date(d);
                break;
            default:
                if (shape is IEnumShape e)
                {
                    if (e.NameOf(value) is { } name) yield return name;
                    if (e.LabelOf(value) is { } label) yield return label;
                }
                else if (value is IFormattable f) yield return f.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
    }

    /// <summary>The model record at an item path (<c>action_items[1]</c>) and its shape, walking the format declaration;
    /// at a key's path (<c>timeline[3].at</c>), the key's value.</summary>
    internal static object? ModelAt(object incident, string item, out IObjectShape? shape)
    {
        shape = IncidentFormat.Incident;
        object? current = incident;
        foreach (var segment in item.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? segment : segment[..bracket];
            if (shape?.Find(key) is not { } field || current is null) { shape = null; return null; }
            current = field.Get(current);
            Shape next = field.Shape;
            for (var b = bracket; b >= 0; b = segment.IndexOf('[', b + 1))
            {
                var close = segment.IndexOf(']', b);
                var index = int.Parse(segment[(b + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
                if (current is not IList list || index >= list.Count || next is not IListShape listShape) { shape = null; return null; }
                current = list[index];
                next = listShape.Item;
            }
            shape = next switch { IObjectShape o => o, ITextOrObjectShape t => t.Object, _ => null };
        }
        return current;
    }

    /// <summary>Each table row that shows a list item (found by the marks in its cells) with its cells.</summary>
    internal static IEnumerable<(string Item, IReadOnlyList<TableCell> Cells)> TableRows(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is CalloutBlock c) { foreach (var row in TableRows(c.Blocks)) yield return row; continue; }
            if (block is not TableBlock table) continue;
            foreach (var row in table.Rows)
                if (row.Cells.SelectMany(cell => cell.Marks).Select(m => ListChanges.ItemOf(m.YamlPath)).FirstOrDefault(i => i is not null) is { } item)
                    yield return (item, row.Cells);
        }
    }
}
