using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Hands out unique anchor ids in document order (a repeated heading gets <c>-2</c>, <c>-3</c>…) and checks
/// that every internal link points at one.</summary>
internal sealed class AnchorRegistry
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The next suffix to try for an id already taken, so the 1,000th "Step" heading does not try 999 names.</summary>
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public string Claim(string wanted)
    {
        if (_taken.Add(wanted)) return wanted;
        var n = _nextSuffix.GetValueOrDefault(wanted, 2);
        var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{wanted}-{n}");
        while (!_taken.Add(id)) id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{wanted}-{++n}");
        _nextSuffix[wanted] = n + 1;
        return id;
    }

    /// <summary>Warns about <c>#anchor</c> links that lead nowhere (the reader would click and land on nothing), in
    /// document order. A plain recursive walk by index: it runs for every report, and nested iterators (or a boxed list
    /// enumerator per block, cell and inline list) allocated per inline.</summary>
    public void CheckLinks(IReadOnlyList<Block> blocks, MarkdownProblems problems)
    {
        for (var i = 0; i < blocks.Count; i++)
            CheckBlock(blocks[i], 0, problems);
    }

    /// <summary>Checks one block; a block without a line of its own is reported at <paramref name="fallbackLine"/>
    /// (the enclosing list's line).</summary>
    private void CheckBlock(Block block, int fallbackLine, MarkdownProblems problems)
    {
        switch (block)
        {
            case HeadingBlock h: CheckInlines(h.Inlines, h.Origin, Line(h.SourceLine, fallbackLine), problems); break;
            case ParagraphBlock p: CheckInlines(p.Inlines, p.Origin, Line(p.SourceLine, fallbackLine), problems); break;
            case TableBlock t:
                var line = Line(t.SourceLine, fallbackLine);
                CheckRow(t.Header, t.Header.Origin ?? t.Origin, line, problems);
                for (var r = 0; r < t.Rows.Count; r++) CheckRow(t.Rows[r], t.Rows[r].Origin ?? t.Origin, line, problems);
                break;
            case ListBlock l:
                for (var i = 0; i < l.Items.Count; i++)
                    for (var b = 0; b < l.Items[i].Blocks.Count; b++) CheckBlock(l.Items[i].Blocks[b], Line(l.SourceLine, fallbackLine), problems);
                break;
            case CalloutBlock c:
                for (var b = 0; b < c.Blocks.Count; b++) CheckBlock(c.Blocks[b], fallbackLine, problems);
                break;
        }
    }

    private void CheckRow(TableRow row, SourceReference? origin, int line, MarkdownProblems problems)
    {
        for (var c = 0; c < row.Cells.Count; c++) CheckInlines(row.Cells[c].Inlines, origin, line, problems);
    }

    /// <summary>Checks the links of one block or row: a warning goes to <paramref name="origin"/> (where the text came
    /// from) when known, else to the Markdown <paramref name="line"/>.</summary>
    private void CheckInlines(IReadOnlyList<Inline> inlines, SourceReference? origin, int line, MarkdownProblems problems)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            if (inline is LinkInline { IsInternal: true } link && !_taken.Contains(link.Url[1..]))
                problems.WarningAt(origin, line, $"link '{link.Url}' points at no heading or table row of the report");
            var children = inline switch
            {
                StrongInline s => s.Children,
                EmphasisInline e => e.Children,
                LinkInline l => l.Children,
                _ => null,
            };
            if (children is not null) CheckInlines(children, origin, line, problems);
        }
    }

    private static int Line(int own, int fallback) => own != 0 ? own : fallback;
}
