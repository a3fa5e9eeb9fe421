using ReportGen.Documents;

namespace ReportGen.Core.Markdown;

/// <summary>Fills each <c>::: toc</c> placeholder with its entries once the whole document is mapped (a contents list
/// names headings that come after it): the document's top-level headings from the shallowest level, as many levels
/// as the theme asks for.</summary>
internal static class ContentsBuilder
{
    public static void Fill(List<Block> blocks, int levels)
    {
        var headings = blocks.OfType<HeadingBlock>().ToList();
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        var bottom = Math.Min(3, top + Math.Max(1, levels) - 1);
        var entries = headings
            .Where(h => h.Level <= bottom)
            .Select(h => new ContentsEntry(h.Level - top + 1, Inlines.PlainText(h.Inlines).Trim(), h.AnchorId))
            .ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableOfContentsBlock toc)
                blocks[i] = toc with { Entries = entries, TopLevel = top, BottomLevel = bottom };
        }
    }
}
