using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Fills each <c>::: toc</c> placeholder with its entries once the whole document is mapped (a contents list
/// names headings that come after it), as <see cref="TableOfContentsBlock.For"/> chooses them.</summary>
internal static class ContentsBuilder
{
    public static void Fill(List<Block> blocks, int levels)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableOfContentsBlock toc)
                blocks[i] = TableOfContentsBlock.For(toc.Title, blocks, levels) with { SourceLine = toc.SourceLine, Origin = toc.Origin };
        }
    }
}
