using ReportGen.Document;
using ReportGen.Pdf.Composition.Blocks;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>Maps Document blocks to engine elements (one builder per block type) and stacks them with the theme's
/// vertical rhythm: gaps between blocks, headings kept with what follows. Each block's content is tagged with the
/// block it renders.</summary>
internal static class BlockComposer
{
    public static ColumnElement Column(IReadOnlyList<Block> blocks, RenderContext context)
    {
        var items = new List<ColumnItem>(blocks.Count);
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Build(block, context) is not { } element)
                continue;
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            items.Add(new ColumnItem(element, Gap(previous, block, context.Styles), KeepWithNext.Applies(previous, block, next)));
            previous = block;
        }
        return new ColumnElement(items);
    }

    /// <summary>The element of one block, tagged with the block; null when the block draws nothing.</summary>
    public static Element? Build(Block block, RenderContext context)
    {
        var outer = context.CurrentOrigin;
        context.CurrentOrigin = block.Origin ?? outer;
        try { return Tagged(block, context); }
        finally { context.CurrentOrigin = outer; }
    }

    private static Element? Tagged(Block block, RenderContext context)
    {
        Element? element = block switch
        {
            HeadingBlock heading => HeadingBuilder.Build(heading, context),
            ParagraphBlock paragraph => ParagraphBuilder.Build(paragraph, context),
            ListBlock list => ListBuilder.Build(list, context, depth: 0),
            TableBlock table => TableBuilder.Build(table, context),
            CodeBlock code => CodeBuilder.Build(code, context),
            CalloutBlock callout => CalloutBuilder.Build(callout, context),
            FigureBlock figure => FigureBuilder.Build(figure, context),
            TimelineFigureBlock timeline => TimelineFigureBuilder.Build(timeline, context),
            TrendFigureBlock trend => TrendFigureBuilder.Build(trend, context),
            PageBreakBlock => new PageBreakElement(),
            RuleBlock => RuleBuilder.Build(context),
            SignOffBlock signOff => SignOffBuilder.Build(signOff, context),
            KeyFiguresBlock figures => KeyFiguresBuilder.Build(figures, context),
            TitleBlock title => TitleBlockBuilder.Build(title, context),
            TableOfContentsBlock contents => TocBuilder.Build(contents, context),
            _ => Unsupported(block, context),
        };
        return element is null or PageBreakElement ? element : new StructureElement(element, new StructureTag(StructureRole.Block, block));
    }

    private static Element? Unsupported(Block block, RenderContext context)
    {
        context.Warn(WriterMessages.UnknownBlock("PDF", block));
        return null;
    }

    private static float Gap(Block? previous, Block current, PdfStyles styles)
    {
        if (previous is null)
            return 0;
        if (current is HeadingBlock heading)
            return styles.GapBeforeHeading(heading.Level);
        if (previous is HeadingBlock)
            return styles.GapAfterHeading;
        return IsBoxed(current) || IsBoxed(previous) ? styles.BlockGap : styles.ParagraphGap;
    }

    /// <summary>Blocks drawn as boxes or figures, which get the theme's block gap around them.</summary>
    internal static bool IsBoxed(Block block) => block is TableBlock or CalloutBlock or CodeBlock or FigureBlock
        or TimelineFigureBlock or TrendFigureBlock or KeyFiguresBlock or SignOffBlock or TitleBlock or TableOfContentsBlock;
}
