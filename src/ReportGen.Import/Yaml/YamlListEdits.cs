using System.Text;
using YamlDotNet.Core;

namespace ReportGen.Import.Yaml;

/// <summary>A new list item: inserted after the item at <see cref="After"/> (<c>timeline[3]</c>), as text (a list of
/// (md) strings) or as keys and values (a timeline entry, an action item).</summary>
internal sealed record NewItem(string After, string? Text, IReadOnlyList<(string Key, string Value)> Fields);

/// <summary>Adds and removes list items in a YAML text in the style of their neighbours: a new item copies the layout of
/// the item before it (indentation, dash, key order, each key's scalar style); a removed item takes its lines with it.</summary>
internal static class YamlListEdits
{
    /// <summary>The text insertion (offset and text) that adds <paramref name="item"/>, or null when its neighbour is not found.</summary>
    public static (int At, string Text)? Insert(string text, Dictionary<string, YamlSpot> spots, NewItem item, string newline)
    {
        if (!spots.TryGetValue(item.After, out var before)) return null;
        var end = EndOfNode(text, spots, item.After);
        var lineStart = LineStart(text, before.Start);
        var dashColumn = text.IndexOf('-', lineStart) - lineStart;
        if (dashColumn < 0 || text.IndexOf('-', lineStart) > before.Start) return null; // a flow list: not handled here
        var keyColumn = before.Start - lineStart;
        var sb = new StringBuilder();
        var dash = new string(' ', dashColumn) + "-" + new string(' ', Math.Max(1, keyColumn - dashColumn - 1));
        if (item.Text is not null)
        {
            sb.Append(dash).Append(ScalarWriter.Write(item.Text, new YamlSpot(0, 0, before.Style, keyColumn, true), text[before.Start..before.End]));
        }
        else
        {
            var first = true;
            foreach (var (key, value) in Ordered(spots, item))
            {
                sb.Append(first ? dash : new string(' ', keyColumn)).Append(key).Append(": ");
                var model = spots.GetValueOrDefault(item.After + "." + key);
                var old = model is { IsScalar: true } ? text[model.Start..model.End] : "";
                sb.Append(ScalarWriter.Write(value, new YamlSpot(0, 0, model?.Style ?? ScalarStyle.Plain, keyColumn + 2, true), old).TrimEnd('\n'));
                sb.Append('\n');
                first = false;
            }
        }
        var inserted = sb.ToString().TrimEnd('\n') + "\n";
        if (newline != "\n") inserted = inserted.Replace("\n", newline, StringComparison.Ordinal);
        var at = end;
        if (at > 0 && text[at - 1] != '\n') inserted = newline + inserted.TrimEnd('\r', '\n');
        return (at, inserted);
    }

    /// <summary>The text range (its whole lines) of the item at <paramref name="path"/>.</summary>
    public static (int Start, int End)? Remove(string text, Dictionary<string, YamlSpot> spots, string path)
    {
        if (!spots.TryGetValue(path, out var spot)) return null;
        return (LineStart(text, spot.Start), EndOfNode(text, spots, path));
    }

    private static IEnumerable<(string Key, string Value)> Ordered(Dictionary<string, YamlSpot> spots, NewItem item)
    {
        var order = spots.Where(s => s.Key.StartsWith(item.After + ".", StringComparison.Ordinal) && !s.Key[(item.After.Length + 1)..].Contains('.')
                                     && !s.Key[(item.After.Length + 1)..].Contains('['))
            .OrderBy(s => s.Value.Start).Select(s => s.Key[(item.After.Length + 1)..]).ToList();
        return item.Fields.OrderBy(f => order.IndexOf(f.Key) is var i && i >= 0 ? i : int.MaxValue);
    }

    /// <summary>Just past the line that ends the node at <paramref name="path"/> (its last descendant's end).</summary>
    internal static int EndOfNode(string text, Dictionary<string, YamlSpot> spots, string path)
    {
        var end = spots[path].IsScalar ? spots[path].End : 0;
        foreach (var (key, spot) in spots)
            if (spot.IsScalar && (key == path || key.StartsWith(path + ".", StringComparison.Ordinal) || key.StartsWith(path + "[", StringComparison.Ordinal)))
                end = Math.Max(end, spot.End);
        if (end > 0 && text[end - 1] == '\n') return end;
        var newline = text.IndexOf('\n', end);
        return newline < 0 ? text.Length : newline + 1;
    }

    internal static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
}
