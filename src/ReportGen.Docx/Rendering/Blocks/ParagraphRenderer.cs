using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A paragraph in Normal.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, ParagraphBlock block)
    {
        var paragraph = Paragraphs.Styled(null);
        context.WriteMarked(paragraph, block.Inlines, block.Marks, wholeValue: block.BlockValue);
        BaseDirection.Apply(paragraph, block.Inlines);
        context.Append(paragraph);
    }
}
