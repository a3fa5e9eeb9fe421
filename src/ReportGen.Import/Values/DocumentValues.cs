using ReportGen.Document;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>The values a Document shows, by YAML path, as the paragraphs they fill (in document order): what the .docx
/// held when it was written, read from the same marks the writer turned into bookmarks.</summary>
internal static class DocumentValues
{
    /// <summary>Every marked value of <paramref name="blocks"/>.</summary>
    public static Dictionary<string, List<ValuePart>> Of(IReadOnlyList<Block> blocks)
    {
        var values = new Dictionary<string, List<ValuePart>>(StringComparer.Ordinal);
        Walk(values, blocks, ParagraphKind.Plain, level: -1, depth: 0);
        return values;
    }

    /// <summary>Walks blocks whose paragraphs are of <paramref name="kind"/> at list <paramref name="level"/>;
    /// <paramref name="depth"/> is the depth a list found here gets (the .docx writer's numbering level); a numbered
    /// paragraph's list starts at <paramref name="start"/>.</summary>
    private static void Walk(Dictionary<string, List<ValuePart>> values, IEnumerable<Block> blocks, ParagraphKind kind, int level, int depth,
        int start = 1)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    Inlines(values, p.Inlines, p.Marks, kind, level, p.BlockValue, start);
                    break;
                case TitleBlock t:
                    Inlines(values, t.Title, t.TitleMarks, ParagraphKind.Plain, -1, null);
                    foreach (var badge in t.Badges) Inlines(values, [new TextInline(badge.Text)], badge.Marks, ParagraphKind.Plain, -1, null);
                    break;
                case FigureBlock f:
                    // As the writer: the picture (its alt text) first, then the caption.
                    if (f.AltTextValue is { } alt) Part(values, alt, new ValuePart([new FlatRun(f.Description)], ParagraphKind.Plain));
                    Inlines(values, [new TextInline(f.Caption)], [], ParagraphKind.Plain, -1, f.CaptionValue);
                    break;
                case CodeBlock c when c.Value is { } code:
                    foreach (var line in c.Code.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
                        Part(values, code, new ValuePart(line.Length == 0 ? [] : [new FlatRun(line)], ParagraphKind.Code));
                    break;
                case SignOffBlock s:
                    // As the writer: a signer's cells left to right, then the comment row under them.
                    foreach (var entry in s.Entries)
                    {
                        foreach (var column in s.Cells)
                            Inlines(values, [new TextInline(column.TextOf(entry))], [], ParagraphKind.Plain, -1, entry.ValueOf(column.Field));
                        if (s.ShowsComments && entry.Comment.Count > 0)
                            Inlines(values, entry.Comment, entry.CommentMarks, ParagraphKind.Plain, -1, null);
                    }
                    break;
                case HeadingBlock h:
                    Inlines(values, h.Inlines, h.Marks, ParagraphKind.Plain, -1, null);
                    break;
                case ListBlock l:
                    var here = Math.Min(depth, 8); // as the writer: Word has nine levels
                    foreach (var item in l.Items)
                    {
                        var first = true;
                        foreach (var child in item.Blocks)
                        {
                            // Only an item's first paragraph carries the bullet; later ones continue it, at its level.
                            Walk(values, [child], first ? (l.Ordered ? ParagraphKind.Numbered : ParagraphKind.Bullet) : ParagraphKind.Plain,
                                here, depth + 1, l.Start);
                            first = false;
                        }
                    }
                    break;
                case CalloutBlock c:
                    Walk(values, c.Blocks, kind, level, depth);
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                        foreach (var cell in row.Cells)
                            Inlines(values, cell.Inlines, cell.Marks, ParagraphKind.Plain, -1, null);
                    break;
            }
        }
    }

    private static void Inlines(Dictionary<string, List<ValuePart>> values, IReadOnlyList<Inline> inlines, IReadOnlyList<ValueMark> marks,
        ParagraphKind kind, int level, string? whole, int start = 1)
    {
        if (marks.Count == 0 && whole is not null && inlines.Count > 0)
            marks = [new ValueMark(whole, 0, Document.Inlines.PlainText(inlines).Length)];
        if (marks.Count == 0) return;
        var runs = FlatRuns.Of(inlines);
        var covered = 0;
        foreach (var mark in marks)
        {
            if (mark.Start < covered) continue; // as the writer: overlapping marks, the first one wins
            covered = mark.End;
            Part(values, mark.YamlPath, new ValuePart(FlatRuns.Slice(runs, mark.Start, mark.End), kind, level, start));
        }
    }

    private static void Part(Dictionary<string, List<ValuePart>> values, string path, ValuePart part)
    {
        if (!values.TryGetValue(path, out var parts)) values[path] = parts = [];
        parts.Add(part);
    }
}
