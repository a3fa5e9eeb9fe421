using System.Collections.Frozen;
using ReportGen.Document;
using ReportGen.Docx.Rendering.Blocks;

namespace ReportGen.Docx.Rendering;

/// <summary>The renderer for each block type. Renderers hold no state, so one immutable table serves every thread.</summary>
internal static class BlockRenderers
{
    private static readonly FrozenDictionary<Type, IBlockRenderer> ByType = new Dictionary<Type, IBlockRenderer>
    {
        [typeof(HeadingBlock)] = new HeadingRenderer(),
        [typeof(ParagraphBlock)] = new ParagraphRenderer(),
        [typeof(ListBlock)] = new ListRenderer(),
        [typeof(TableBlock)] = new TableRenderer(),
        [typeof(CodeBlock)] = new CodeBlockRenderer(),
        [typeof(CalloutBlock)] = new CalloutRenderer(),
        [typeof(FigureBlock)] = new FigureRenderer(),
        [typeof(PageBreakBlock)] = new PageBreakRenderer(),
        [typeof(RuleBlock)] = new RuleRenderer(),
        [typeof(SignOffBlock)] = new SignOffRenderer(),
        [typeof(KeyFiguresBlock)] = new KeyFiguresRenderer(),
        [typeof(TitleBlock)] = new TitleBlockRenderer(),
        [typeof(TimelineFigureBlock)] = new TimelineFigureRenderer(),
        [typeof(TrendFigureBlock)] = new TrendFigureRenderer(),
        [typeof(TableOfContentsBlock)] = new TableOfContentsRenderer(),
    }.ToFrozenDictionary();

    /// <summary>The renderer for the block's concrete type, or null for a block type without one (the caller warns
    /// and leaves the block out, as the PDF writer does).</summary>
    public static IBlockRenderer? For(Block block) => ByType.GetValueOrDefault(block.GetType());
}
