using ReportGen.Documents;

namespace ReportGen.Core.Markdown;

/// <summary>Hands out unique anchor ids in document order (a repeated heading gets <c>-2</c>, <c>-3</c>…) and checks
/// that every internal link points at one.</summary>
internal sealed class AnchorRegistry
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Claim(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_taken.Add(id); n++) id = $"{wanted}-{n}";
        return id;
    }

    /// <summary>Warns about <c>#anchor</c> links that lead nowhere (the reader would click and land on nothing).</summary>
    public void CheckLinks(IEnumerable<Block> blocks, MarkdownProblems problems)
    {
        foreach (var block in blocks)
            foreach (var (inlines, line) in InlinesOf(block))
                foreach (var link in Links(inlines))
                    if (link.IsInternal && !_taken.Contains(link.Url[1..]))
                        problems.Warning(line - 1, $"link '{link.Url}' points at no heading or table row of the report");
    }

    private static IEnumerable<(IReadOnlyList<Inline>, int)> InlinesOf(Block block)
    {
        switch (block)
        {
            case HeadingBlock h: yield return (h.Inlines, h.SourceLine); break;
            case ParagraphBlock p: yield return (p.Inlines, p.SourceLine); break;
            case TableBlock t:
                foreach (var row in t.Rows.Prepend(t.Header))
                    foreach (var cell in row.Cells) yield return (cell.Inlines, t.SourceLine);
                break;
            case ListBlock l:
                foreach (var item in l.Items)
                    foreach (var b in item.Blocks)
                        foreach (var x in InlinesOf(b)) yield return (x.Item1, x.Item2 == 0 ? l.SourceLine : x.Item2);
                break;
            case CalloutBlock c:
                foreach (var b in c.Blocks)
                    foreach (var x in InlinesOf(b)) yield return x;
                break;
        }
    }

    private static IEnumerable<LinkInline> Links(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is LinkInline link) yield return link;
            var children = inline switch
            {
                StrongInline s => s.Children,
                EmphasisInline e => e.Children,
                LinkInline l => l.Children,
                _ => null,
            };
            if (children is null) continue;
            foreach (var nested in Links(children)) yield return nested;
        }
    }
}
