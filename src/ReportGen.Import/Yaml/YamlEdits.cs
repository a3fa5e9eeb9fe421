using ReportGen.Import.Values;

namespace ReportGen.Import.Yaml;

/// <summary>Applies changed values to a YAML text with the smallest change: each changed scalar is replaced where it
/// stands, in its old style when the new text allows it; every other byte stays as it was.</summary>
internal static class YamlEdits
{
    /// <summary>The text with <paramref name="changes"/> (new field text by path); null when a value cannot be placed
    /// (an error is added naming the .docx place). <paramref name="located"/>: the text's nodes, when the caller has
    /// them already (<see cref="YamlLocator.Locate"/> of the text without its BOM).</summary>
    public static string? Apply(string text, IReadOnlyDictionary<string, string> changes, IReadOnlyList<NewItem> added,
        IReadOnlyCollection<string> removed, List<string> errors, string docxName, IReadOnlyList<ImportedEdit> edits,
        Dictionary<string, YamlSpot>? located = null)
    {
        if (changes.Count == 0 && added.Count == 0 && removed.Count == 0) return text;
        var bom = text.Length > 0 && text[0] == '\uFEFF';
        var body = bom ? text[1..] : text;
        Dictionary<string, YamlSpot> spots;
        try { spots = located ?? YamlLocator.Locate(body); }
        catch (YamlDotNet.Core.YamlException e)
        {
            errors.Add($"the incident file cannot be parsed: {e.Message}");
            return null;
        }
        var newline = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var replacements = new List<(int Start, int End, string Text)>();
        // New keys go in in the order the format declares them (several typed into one row land at one place).
        foreach (var (path, value) in changes.OrderBy(c => KeyRank(c.Key)))
        {
            if (ListChanges.ItemOf(path) is { } owner && removed.Contains(owner)) continue;
            // A prevention measure written as plain text is the item itself, not its 'measure' key.
            var spot = spots.GetValueOrDefault(path)
                       ?? (path.EndsWith(".measure", StringComparison.Ordinal) ? spots.GetValueOrDefault(path[..^".measure".Length]) : null);
            // A value typed where the file has none (an empty cell): a new key of its mapping.
            var dot = path.LastIndexOf('.');
            if (spot is null && dot > 0 && YamlKeyEdits.Add(body, spots, path[..dot], path[(dot + 1)..], value, newline) is { } key)
            {
                replacements.Add((key.At, key.At, key.Text));
                continue;
            }
            if (spot is not { IsScalar: true })
            {
                var place = edits.FirstOrDefault(e => e.YamlPath == path)?.Place ?? path;
                errors.Add($"{docxName}: {place}: cannot write {path} back: it is not a single value in the incident file");
                continue;
            }
            var old = body[spot.Start..spot.End];
            var scalar = ScalarWriter.Write(value, spot, old);
            // A one-line value that becomes a block: the line's own line break ends the block.
            if (spot.Style is not (YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded) && scalar.EndsWith('\n')
                && spot.End < body.Length && body[spot.End] is '\n' or '\r') scalar = scalar[..^1];
            // An empty value written as nothing at all ('owner:'): the new one needs the space after the colon.
            if (old.Length == 0 && spot.Start > 0 && body[spot.Start - 1] == ':') scalar = " " + scalar;
            if (newline != "\n") scalar = scalar.Replace("\n", newline, StringComparison.Ordinal);
            replacements.Add((spot.Start, spot.End, scalar));
        }
        foreach (var item in removed)
            if (YamlListEdits.Remove(body, spots, item) is { } range)
                replacements.Add((range.Start, range.End, ""));
        // Several new items after one neighbour go in in the order the .docx shows them.
        foreach (var group in added.GroupBy(a => a.After))
        {
            var texts = new System.Text.StringBuilder();
            var at = -1;
            foreach (var item in group)
            {
                if (YamlListEdits.Insert(body, spots, item, newline) is not { } insert)
                {
                    errors.Add($"{docxName}: cannot add an item after {item.After}: the list is not written as one item per line");
                    continue;
                }
                at = insert.At;
                texts.Append(insert.Text);
            }
            if (at >= 0) replacements.Add((at, at, texts.ToString()));
        }
        var sb = new System.Text.StringBuilder(body);
        // Insertions at one offset go in in the order they were made: applied last to first, each before the one after it.
        var ordered = replacements.Select((r, i) => (r.Start, r.End, r.Text, Order: i))
            .OrderByDescending(r => r.Start).ThenByDescending(r => r.End).ThenByDescending(r => r.Order);
        foreach (var (start, end, replacement, _) in ordered)
            sb.Remove(start, end - start).Insert(start, replacement);
        return (bom ? "\uFEFF" : "") + sb;
    }

    /// <summary>Where the format declares the last key of <paramref name="path"/> among its siblings (unknown last).</summary>
    private static int KeyRank(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0 || FieldKinds.ShapeAt(path[..dot]) is not Core.Validation.IObjectShape owner) return int.MaxValue;
        var key = path[(dot + 1)..];
        var fields = owner.Fields;
        for (var i = 0; i < fields.Count; i++) if (fields[i].Key == key) return i;
        return int.MaxValue;
    }
}
