using System.Text.RegularExpressions;
using ReportGen.Document;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>Text changed in a sign-off cell that carries no value mark (the marked ones are plain value edits). Typed
/// into a cell that was empty, it becomes the value the cell shows for that signer: an approver's role, date or
/// decision (<c>signoff.approvals[1].date</c>), the sign-off date on the facilitator's or a reviewer's row. Anything
/// else (a role the layout wrote, like Facilitator; a date shown again on a later row; a decision for a signer who
/// records none) is ignored with a warning that names what to edit instead.</summary>
internal static partial class SignOffCellEdits
{
    /// <summary>Sorts every changed unmarked sign-off cell into a new value or a warning.</summary>
    public static void Find(IReadOnlyList<Block> document, DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase,
        string docxName, List<TableCellEdits.Filled> filled, List<string> warnings)
    {
        var signers = new Dictionary<string, (SignOffBlock Block, SignOffEntry Entry)>(StringComparer.Ordinal);
        foreach (var block in document.OfType<SignOffBlock>())
            foreach (var entry in block.Entries)
                if (entry.NameValue is { } name) signers.TryAdd(name, (block, entry));
        foreach (var table in docx.Tables)
        {
            foreach (var row in table.Rows)
            {
                var signer = row.MarkedPaths(pathOfBase)
                    .FirstOrDefault(signers.ContainsKey);
                if (signer is null) continue;
                var (block, entry) = signers[signer];
                var columns = block.Cells;
                for (var c = 0; c < row.Cells.Count && c < columns.Count; c++)
                {
                    var field = columns[c].Field;
                    if (row.CellMarks[c].Count > 0 || field is SignOffField.Signature or SignOffField.Name) continue;
                    var was = columns[c].TextOf(entry);
                    var now = row.TextOf(c);
                    if (DerivedEdits.Same(was, now)) continue;
                    var place = new DocxPlace(table.Section, row.Row, c < table.Header.Count ? table.Header[c] : columns[c].Label);
                    var path = PathOf(signer, field);
                    if (path is not null && was.Trim().Length == 0 && now.Trim().Length > 0)
                        filled.Add(new TableCellEdits.Filled(path, CellValue.Of(row.Cells[c], path), place));
                    else
                        warnings.Add($"{docxName}: warning: {place}: '{now.Trim()}' was not imported: " + (path is null
                            ? $"the {columns[c].Label.ToLowerInvariant()} of this row is the layout's, not a value; edit the layout or the incident file"
                            : $"the cell shows {path} again; edit it where it is shown first, or in the incident file"));
                }
            }
        }
    }

    /// <summary>A row the facilitator added right under an approver who has no comment, its text starting with the
    /// comment label ("Comment: Approved if A3 ships first", in its first cell or in one cell across the row, as the
    /// report shows other comments): that approver's comment, added to <paramref name="filled"/>. Returns the places of
    /// those rows, which are no new approvers.</summary>
    public static HashSet<DocxPlace> TypedComments(IReadOnlyList<Block> document, DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase,
        List<TableCellEdits.Filled> filled)
    {
        var rows = new HashSet<DocxPlace>();
        var signers = new Dictionary<string, (SignOffBlock Block, SignOffEntry Entry)>(StringComparer.Ordinal);
        foreach (var block in document.OfType<SignOffBlock>())
            foreach (var entry in block.Entries)
                if (entry.NameValue is { } name && block.ShowsComments && entry.Comment.Count == 0 && Approver().IsMatch(name)) signers.TryAdd(name, (block, entry));
        foreach (var table in docx.Tables)
        {
            string? above = null;
            foreach (var row in table.Rows)
            {
                var marked = row.MarkedPaths(pathOfBase).ToList();
                var signer = above;
                above = marked.FirstOrDefault(signers.ContainsKey);
                if (marked.Count > 0 || signer is null) continue;
                var label = signers[signer].Block.Columns.First(c => c.Field == SignOffField.Comment).Label;
                var cell = row.Cells.FirstOrDefault(c => c.Any(r => r.Text.Trim().Length > 0));
                var text = cell is null ? "" : string.Concat(cell.Select(r => r.Text));
                var start = text.Length - text.TrimStart().Length;
                if (cell is null || !text.AsSpan(start).StartsWith(label + ":", StringComparison.OrdinalIgnoreCase)
                                 || row.Cells.Count(c => c.Any(r => r.Text.Trim().Length > 0)) > 1) continue;
                var place = new DocxPlace(table.Section, row.Row, label);
                rows.Add(place with { Column = null });
                var comment = ValueMarkdown.Inline(FlatRuns.Slice(cell, start + label.Length + 1, text.Length)).Trim();
                if (comment.Length > 0) filled.Add(new TableCellEdits.Filled(Approver().Match(signer).Groups[1].Value + ".comment", comment, place));
            }
        }
        return rows;
    }

    /// <summary>The key a sign-off cell shows for the signer whose name is at <paramref name="namePath"/>, or null
    /// when the cell shows none (the facilitator's role, a reviewer's decision).</summary>
    private static string? PathOf(string namePath, SignOffField field)
    {
        if (Approver().Match(namePath) is { Success: true } m)
            return field switch
            {
                SignOffField.Role => m.Groups[1].Value + ".role",
                SignOffField.Date => m.Groups[1].Value + ".date",
                SignOffField.Decision => m.Groups[1].Value + ".decision",
                _ => null,
            };
        return field == SignOffField.Date && namePath.StartsWith("signoff.", StringComparison.Ordinal) ? "signoff.date" : null;
    }

    [GeneratedRegex(@"^(signoff\.approvals\[\d+\])\.name$", RegexOptions.CultureInvariant)]
    private static partial Regex Approver();
}
