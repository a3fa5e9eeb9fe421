using ReportGen.Document;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Ways tests look into a Document: every block (nested ones too), headings, table cell texts.</summary>
internal static class DocumentQuery
{
    public static IEnumerable<Block> AllBlocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                CalloutBlock c => c.Blocks,
                ListBlock l => l.Items.SelectMany(i => i.Blocks).ToList(),
                _ => null,
            };
            if (children is null) continue;
            foreach (var child in AllBlocks(children)) yield return child;
        }
    }

    public static List<string> HeadingTexts(ReportDocument doc, int level) =>
        doc.Blocks.OfType<HeadingBlock>().Where(h => h.Level == level).Select(h => Inlines.PlainText(h.Inlines)).ToList();

    public static string Text(TableCell cell) => Inlines.PlainText(cell.Inlines);

    /// <summary>The table whose header's first cell reads <paramref name="firstHeader"/>.</summary>
    public static TableBlock Table(ReportDocument doc, string firstHeader) =>
        AllBlocks(doc.Blocks).OfType<TableBlock>().Single(t => Text(t.Header.Cells[0]) == firstHeader);

    /// <summary>The structure a layout gives a report, in order and at any depth: headings with their text, tables with
    /// their first header and row count, callouts, rules, page breaks, figures, key figures and the sign-off. User text
    /// may add paragraphs, lists and code, never any of these.</summary>
    public static List<string> Skeleton(ReportDocument doc) => AllBlocks(doc.Blocks).Select(b => b switch
    {
        HeadingBlock h => $"H{h.Level} {Inlines.PlainText(h.Inlines)}",
        TableBlock t => $"table {Text(t.Header.Cells[0])} x{t.Rows.Count} cells {string.Join(",", t.Rows.Select(r => r.Cells.Count))}",
        CalloutBlock c => $"callout {c.Kind}",
        RuleBlock => "rule",
        PageBreakBlock => "page break",
        FigureBlock f => $"figure {f.Source}",
        KeyFiguresBlock => "key figures",
        SignOffBlock s => $"sign-off x{s.Entries.Count}",
        _ => null,
    }).OfType<string>().ToList();

    /// <summary>Texts of every paragraph and list item paragraph, in order.</summary>
    public static List<string> ParagraphTexts(ReportDocument doc) =>
        AllBlocks(doc.Blocks).OfType<ParagraphBlock>().Select(p => Inlines.PlainText(p.Inlines)).ToList();
}
