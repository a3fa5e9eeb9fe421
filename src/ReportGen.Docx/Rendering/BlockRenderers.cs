using System.Collections.Frozen;
using ReportGen.Documents;
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
    }.ToFrozenDictionary();

    /// <summary>The renderer for the block's concrete type.</summary>
    /// <exception cref="NotSupportedException">For a block type added to the model without a DOCX renderer.</exception>
    public static IBlockRenderer For(Block block) =>
        ByType.TryGetValue(block.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"the DOCX writer has no renderer for {block.GetType().Name}");
}
