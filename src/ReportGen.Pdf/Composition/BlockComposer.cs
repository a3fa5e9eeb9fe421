using ReportGen.Documents;
using ReportGen.Pdf.Composition.Blocks;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>Maps Document blocks to engine elements (one builder per block type) and stacks them with the page's
/// vertical rhythm: gaps between blocks, headings kept with what follows.</summary>
internal static class BlockComposer
{
    public static ColumnElement Column(IReadOnlyList<Block> blocks, RenderContext context, bool topLevel = false,
        int skip = 0)
    {
        var items = new List<ColumnItem>();
        Block? previous = null;
        for (var i = skip; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var element = Build(block, context);
            if (element is not null)
            {
                items.Add(new ColumnItem(element, Gap(previous, block, context.Styles), KeepsWithNext(block)));
                previous = block;
            }
            if (topLevel && i == context.Document.Settings.TableOfContentsAfterBlock)
            {
                items.Add(new ColumnItem(TocBuilder.Build(context), 16));
                previous = new RuleBlock();
            }
        }
        return new ColumnElement(items);
    }

    public static Element? Build(Block block, RenderContext context) => block switch
    {
        HeadingBlock heading => HeadingBuilder.Build(heading, context),
        ParagraphBlock paragraph => ParagraphBuilder.Build(paragraph, context),
        ListBlock list => ListBuilder.Build(list, context, depth: 0),
        TableBlock table => TableBuilder.Build(table, context),
        CodeBlock code => CodeBuilder.Build(code, context),
        CalloutBlock callout => CalloutBuilder.Build(callout, context),
        FigureBlock figure => FigureBuilder.Build(figure, context),
        PageBreakBlock => new PageBreakElement(),
        RuleBlock => RuleBuilder.Build(context),
        SignOffBlock signOff => SignOffBuilder.Build(signOff, context),
        KeyFiguresBlock figures => KeyFiguresBuilder.Build(figures, context),
        _ => Unsupported(block, context),
    };

    /// <summary>Headings, and short all-bold paragraphs that layouts use as run-in headings ("**Testing**" over a
    /// list), stay on the page of what follows them.</summary>
    private static bool KeepsWithNext(Block block) => block switch
    {
        HeadingBlock => true,
        ParagraphBlock { Inlines: [StrongInline strong] } => Inlines.PlainText(strong.Children).Length <= 80,
        _ => false,
    };

    private static Element? Unsupported(Block block, RenderContext context)
    {
        context.Warnings.Add($"the PDF writer does not know block type {block.GetType().Name} (line {block.SourceLine}); it was left out");
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
        if (current is TableBlock or CalloutBlock or CodeBlock or FigureBlock or KeyFiguresBlock or SignOffBlock
            || previous is TableBlock or CalloutBlock or CodeBlock or FigureBlock or KeyFiguresBlock or SignOffBlock)
            return styles.ParagraphGap * 1.6f;
        return styles.ParagraphGap;
    }
}
