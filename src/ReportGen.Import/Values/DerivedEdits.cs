using ReportGen.Document;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>Edits to text the report derives from the incident (key figures, formatted times and dates, enum labels in
/// tables): never imported, each reported with what to edit instead.</summary>
internal static class DerivedEdits
{
    /// <summary>Where the default layout's key figures come from.</summary>
    private static readonly Dictionary<string, string> KeyFigureSources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Time to detect"] = "detected_at (or the first detection entry of the timeline) and started_at",
        ["Time to mitigate"] = "mitigated_at (or the last mitigation entry of the timeline) and started_at",
        ["Time to resolve"] = "resolved_at and started_at",
        ["Affected users"] = "impact.external.affected_users",
    };

    /// <summary>Column headers of the default layout's tables and the key each shows.</summary>
    private static readonly Dictionary<string, string> ColumnKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Time"] = "at", ["Kind"] = "kind", ["Due"] = "due", ["Priority"] = "priority", ["Status"] = "status",
    };

    /// <summary>A warning for every derived text of <paramref name="document"/> the .docx shows differently.</summary>
    public static IEnumerable<string> Find(IReadOnlyList<Block> document, DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase, string docxName)
    {
        var figures = document.OfType<KeyFiguresBlock>().SelectMany(k => k.Figures).GroupBy(f => f.Label).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (label, value) in docx.KeyFigures)
        {
            if (!figures.TryGetValue(label, out var was) || Same(was, value)) continue;
            var source = KeyFigureSources.GetValueOrDefault(label, "the incident file");
            yield return $"{docxName}: warning: key figures, {label}: '{value}' was not imported: the '{label}' figure is computed from {source}; edit that instead";
        }
        var rows = RowsByItem(document);
        foreach (var table in docx.Tables)
        {
            foreach (var row in table.Rows)
            {
                var item = row.CellMarks.SelectMany(m => m).Select(b => pathOfBase.GetValueOrDefault(b)).OfType<string>()
                    .Select(ListChanges.ItemOf).FirstOrDefault(i => i is not null);
                if (item is null || !rows.TryGetValue(item, out var cells)) continue;
                for (var c = 0; c < row.Cells.Count && c < cells.Count; c++)
                {
                    if (row.CellMarks[c].Count > 0 || cells[c] is null) continue;
                    var now = string.Concat(row.Cells[c].Select(r => r.Text));
                    if (Same(cells[c]!, now)) continue;
                    var header = c < table.Header.Count ? table.Header[c] : $"column {c + 1}";
                    var instead = ColumnKeys.TryGetValue(header, out var key) ? $"edit {item}.{key} in the incident file" : "edit the incident file";
                    yield return $"{docxName}: warning: {table.Section}, row {row.Row}, {header}: '{now.Trim()}' was not imported: the cell is derived from the incident; {instead}";
                }
            }
        }
    }

    private static bool Same(string a, string b) => string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        == string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each marked table row's unmarked cells (null for marked ones), by the list item it shows.</summary>
    private static Dictionary<string, List<string?>> RowsByItem(IEnumerable<Block> blocks)
    {
        var rows = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        foreach (var table in Tables(blocks))
        {
            foreach (var row in table.Rows)
            {
                var item = row.Cells.SelectMany(c => c.Marks).Select(m => ListChanges.ItemOf(m.YamlPath)).FirstOrDefault(i => i is not null);
                if (item is null) continue;
                rows.TryAdd(item, row.Cells.Select(c => c.Marks.Count > 0 ? null : Inlines.PlainText(c.Inlines)).ToList());
            }
        }
        return rows;
    }

    private static IEnumerable<TableBlock> Tables(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is TableBlock t) yield return t;
            else if (block is CalloutBlock c) foreach (var inner in Tables(c.Blocks)) yield return inner;
        }
    }
}
