using ReportGen.Document;
using ReportGen.Import.Docx;
using ReportGen.Import.Yaml;

namespace ReportGen.Import.Values;

/// <summary>Text changed in a table cell that carries no value mark, in a row that shows a list item. What the column
/// shows comes from <see cref="CellSlots"/> (marks and printed values, never the column's heading): typed into a cell
/// that was empty (the item has no such value, like an action item's owner or due date, or one printed as nothing, like
/// a timeline entry of kind 'other'), it becomes that value;
/// changed in a cell derived from a value (a formatted time, an enum's label), it is ignored with a warning that names
/// the key to edit.</summary>
internal static class TableCellEdits
{
    /// <summary>A value typed into an empty cell: its YAML path, new field text and .docx place.</summary>
    public sealed record Filled(string Path, string Value, DocxPlace Place);

    /// <summary>Sorts every changed unmarked cell into a new value or a warning.</summary>
    public static void Find(IReadOnlyList<Block> document, DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase,
        Func<string, int, CellSlot?> slotAt, IReadOnlyDictionary<string, YamlSpot> spots,
        string docxName, List<Filled> filled, List<string> warnings)
    {
        var rows = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        foreach (var (item, cells) in CellSlots.TableRows(document))
            rows.TryAdd(item, cells.Select(c => c.Marks.Count > 0 ? null : Inlines.PlainText(c.Inlines)).ToList());
        foreach (var table in docx.Tables)
        {
            foreach (var row in table.Rows)
            {
                var item = row.MarkedPaths(pathOfBase)
                    .Select(ListChanges.ItemOf).FirstOrDefault(i => i is not null);
                if (item is null || !rows.TryGetValue(item, out var cells)) continue;
                var list = item[..item.LastIndexOf('[')];
                for (var c = 0; c < row.Cells.Count && c < cells.Count; c++)
                {
                    if (row.CellMarks[c].Count > 0 || cells[c] is not { } was) continue;
                    var now = row.TextOf(c);
                    if (DerivedEdits.Same(was, now)) continue;
                    var header = c < table.Header.Count ? table.Header[c] : $"column {c + 1}";
                    var place = new DocxPlace(table.Section, row.Row, header);
                    var slot = slotAt(list, c);
                    var path = slot is null ? null : item + "." + slot.Key;
                    // The cell showed nothing (no value, or one the layout prints as nothing: a timeline entry of kind
                    // 'other'), so what was typed there can only mean the value itself.
                    if (path is not null && now.Trim().Length > 0 && (was.Trim().Length == 0 || IsEmpty(spots, path)))
                        filled.Add(new Filled(path, CellValue.Of(row.Cells[c], path), place));
                    else
                        warnings.Add($"{docxName}: warning: {place}: '{now.Trim()}' was not imported: the cell is derived from the incident; "
                                     + (path is null ? "edit the incident file" : $"edit {path} in the incident file"));
                }
            }
        }
    }

    /// <summary>True when the incident file has no value at <paramref name="path"/> (no key, or an empty one).</summary>
    private static bool IsEmpty(IReadOnlyDictionary<string, YamlSpot> spots, string path) =>
        !spots.TryGetValue(path, out var spot)
        || (spot.IsScalar && (string.IsNullOrWhiteSpace(spot.Value)
                              || (spot.Style == YamlDotNet.Core.ScalarStyle.Plain && spot.Value is "~" or "null" or "Null" or "NULL")));
}
