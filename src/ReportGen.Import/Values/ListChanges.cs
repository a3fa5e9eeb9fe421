using System.Text.RegularExpressions;
using ReportGen.Import.Docx;
using ReportGen.Import.Yaml;

namespace ReportGen.Import.Values;

/// <summary>Items the facilitator added (a table row, a bullet) or removed (a row or bullet deleted with all its values),
/// worked out from what the .docx holds against what the incident rendered to.</summary>
internal static partial class ListChanges
{
    /// <summary>The innermost list item a path belongs to (<c>timeline[3].event</c> → <c>timeline[3]</c>), or null.</summary>
    public static string? ItemOf(string path) => Item().Match(path) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>New table rows as new items (with the .docx place of each, for messages); <paramref name="slotAt"/> says
    /// which key each column of a list's table shows (see <see cref="CellSlots"/>), the marks of the table's other rows
    /// fill in what they do not.</summary>
    public static List<(NewItem Item, DocxPlace Place)> NewRows(DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase,
        Func<string, int, CellSlot?> slotAt)
    {
        var result = new List<(NewItem, DocxPlace)>();
        foreach (var table in docx.Tables)
        {
            var columnKeys = new Dictionary<int, string>();
            string? previousItem = null;
            string? firstItem = null;
            foreach (var row in table.Rows)
            {
                var paths = row.MarkedPaths(pathOfBase).ToList();
                var item = paths.Select(ItemOf).FirstOrDefault(i => i is not null);
                // A row of merged cells (a signer's comment under the signer's row) says nothing about the columns.
                if (item is not null && row.Cells.Count == table.Header.Count)
                {
                    for (var c = 0; c < row.CellMarks.Count; c++)
                        foreach (var b in row.CellMarks[c])
                            if (pathOfBase.GetValueOrDefault(b) is { } p && p.Length > item.Length && ItemOf(p) == item && !p[(item.Length + 1)..].Contains('.'))
                                columnKeys[c] = p[(item.Length + 1)..];
                }
                if (item is null) continue;
                previousItem = item;
                firstItem ??= item;
            }
            if (firstItem is null) continue;
            previousItem = null;
            foreach (var row in table.Rows)
            {
                var paths = row.MarkedPaths(pathOfBase).ToList();
                if (paths.Select(ItemOf).FirstOrDefault(i => i is not null) is { } item) { previousItem = item; continue; }
                if (row.CellMarks.Any(m => m.Count > 0) || row.Cells.All(c => string.Concat(c.Select(r => r.Text)).Trim().Length == 0)) continue;
                // A row of merged cells (a signer's comment under the signer's row) is not an item.
                if (row.Cells.Count != table.Header.Count) continue;
                var fields = new List<(string, string)>();
                var list = firstItem[..firstItem.LastIndexOf('[')];
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var key = columnKeys.GetValueOrDefault(c) ?? slotAt(list, c)?.Key;
                    if (key is null || fields.Any(f => f.Item1 == key)) continue;
                    var value = CellValue.Of(row.Cells[c], Sibling(firstItem, key));
                    if (value.Length > 0) fields.Add((key, value));
                }
                result.Add((new NewItem(previousItem ?? firstItem, null, fields), new DocxPlace(table.Section, row.Row, null)));
            }
        }
        return result;
    }

    /// <summary>Added bullets that follow an item of a list of text (<c>lessons.went_well[1]</c>).</summary>
    public static List<(NewItem Item, DocxPlace Place)> NewBullets(DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase)
    {
        var result = new List<(NewItem, DocxPlace)>();
        foreach (var bullet in docx.NewBullets)
        {
            if (pathOfBase.GetValueOrDefault(bullet.AfterBase) is not { } after || !after.EndsWith(']')) continue;
            var text = FieldKinds.IsMarkdown(after) ? ValueMarkdown.Inline(bullet.Runs).Trim() : string.Concat(bullet.Runs.Select(r => r.Text)).Trim();
            result.Add((new NewItem(after, text, []), bullet.Place));
        }
        return result;
    }

    /// <summary>Items none of whose values the .docx still marks while a sibling in the same list is still there: the
    /// facilitator deleted them.</summary>
    public static HashSet<string> Removed(IEnumerable<string> expectedPaths, IReadOnlySet<string> presentPaths)
    {
        var items = expectedPaths.Select(p => (Path: p, Item: ItemOf(p))).Where(x => x.Item is not null).ToList();
        var presentItems = presentPaths.Select(ItemOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in items.GroupBy(x => x.Item!))
        {
            if (presentItems.Contains(group.Key)) continue;
            var list = group.Key[..group.Key.LastIndexOf('[')];
            if (presentItems.Any(i => i.StartsWith(list + "[", StringComparison.Ordinal) && i.LastIndexOf('[') == list.Length))
                removed.Add(group.Key);
        }
        return removed;
    }

    private static string Sibling(string item, string key) => item + "." + key;

    [GeneratedRegex(@"^(.*\[\d+\])(?:\.[^\[\]]*)?$")]
    private static partial Regex Item();
}
