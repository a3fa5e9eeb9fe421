using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A paragraph in Normal; kept with the next block when it is a run-in heading or a heading's short intro before
/// another heading (<see cref="DocxContext.KeepsWithNext"/>).</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, ParagraphBlock block)
    {
        var paragraph = Paragraphs.Styled(null);
        context.WriteMarked(paragraph, block.Inlines, block.Marks, wholeValue: block.BlockValue);
        BaseDirection.Apply(paragraph, block.Inlines);
        if (context.KeepsWithNext)
            paragraph.Properties().KeepNext = new KeepNext();
        context.Append(paragraph);
    }
}
