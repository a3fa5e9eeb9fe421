using ReportGen.Core.Validation;
using ReportGen.Import.Values;
using YamlDotNet.Core;

namespace ReportGen.Import.Yaml;

/// <summary>Adds a key a mapping did not have (a value typed into an empty cell: an action item's owner) in the style
/// of its neighbours: on a line of its own at the column of the mapping's other keys, after the last key the format
/// declares before it, its value in the style the same key has in a sibling item (a plain date stays plain).</summary>
internal static class YamlKeyEdits
{
    /// <summary>The insertion (offset and text) that adds <paramref name="key"/> with <paramref name="value"/> to the
    /// mapping at <paramref name="owner"/>; null when the mapping is not written one key per line.</summary>
    public static (int At, string Text)? Add(string text, Dictionary<string, YamlSpot> spots, string owner, string key, string value, string newline)
    {
        if (!spots.TryGetValue(owner, out var mapping) || mapping.IsScalar) return null;
        var declared = (FieldKinds.ShapeAt(owner) as IObjectShape)?.Fields.Select(f => f.Key).ToList() ?? [];
        var keys = spots.Where(s => s.Key.StartsWith(owner + ".", StringComparison.Ordinal) && IsDirectKey(s.Key, owner))
            .OrderBy(s => s.Value.Start).ToList();
        if (keys.Count == 0) return null;
        var rank = declared.IndexOf(key);
        // After the last key declared before this one; a key declared first goes after the first key (which shares the
        // list item's dash line, so nothing can go before it).
        var after = keys.LastOrDefault(k => declared.IndexOf(k.Key[(owner.Length + 1)..]) is var r && r >= 0 && r < rank);
        if (after.Key is null) after = keys[0];
        // A key's value stands two columns right of the key (see YamlLocator); a flow mapping has no column of its own.
        var column = keys.FirstOrDefault(k => k.Value.IsScalar).Value?.Indent - 2 ?? -1;
        var keyLine = YamlListEdits.LineStart(text, after.Value.Start);
        if (text[keyLine..after.Value.Start].Contains('{', StringComparison.Ordinal) || column < 0) return null;
        var at = YamlListEdits.EndOfNode(text, spots, after.Key);
        var model = Neighbour(spots, owner, key);
        // With no neighbour to copy, a date is written plain, as the format's own examples write dates.
        var like = model is not null ? text[model.Start..model.End] : FieldKinds.ShapeAt(owner + "." + key) is DateShape ? "2000-01-01" : "";
        var written = ScalarWriter.Write(value, new YamlSpot(0, 0, model?.Style ?? ScalarStyle.Plain, column + 2, true), like).TrimEnd('\n');
        var line = new string(' ', column) + key + ": " + written + "\n";
        if (newline != "\n") line = line.Replace("\n", newline, StringComparison.Ordinal);
        if (at > 0 && text[at - 1] != '\n') line = newline + line.TrimEnd('\r', '\n');
        return (at, line);
    }

    private static bool IsDirectKey(string path, string owner)
    {
        var rest = path[(owner.Length + 1)..];
        return !rest.Contains('.') && !rest.Contains('[');
    }

    /// <summary>The same key in another item of the same list, as a model for the style (the nearest one first).</summary>
    private static YamlSpot? Neighbour(Dictionary<string, YamlSpot> spots, string owner, string key)
    {
        var bracket = owner.LastIndexOf('[');
        if (bracket < 0 || !owner.EndsWith(']')) return null;
        var list = owner[..bracket];
        var index = int.Parse(owner[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        var count = spots.TryGetValue(list, out var l) ? l.Items : 0;
        for (var distance = 1; distance < count; distance++)
            foreach (var i in new[] { index - distance, index + distance })
                if (i >= 0 && i < count && spots.TryGetValue($"{list}[{i}].{key}", out var spot) && spot.IsScalar && spot.Value is { Length: > 0 })
                    return spot;
        return null;
    }
}
