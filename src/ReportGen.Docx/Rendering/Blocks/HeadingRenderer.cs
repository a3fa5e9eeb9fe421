using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>Headings in Heading 1-3, each wrapped in a bookmark named after its anchor so links and the table of
/// contents can jump to it.</summary>
internal sealed class HeadingRenderer : BlockRenderer<HeadingBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, HeadingBlock block)
    {
        var paragraph = Paragraphs.Styled(StyleIds.Heading(block.Level));
        context.WriteMarked(paragraph, block.Inlines, block.Marks);
        BaseDirection.Apply(paragraph, block.Inlines);
        paragraph.Bookmark(context, context.Anchors.Claim(block.AnchorId));
        context.Append(paragraph);
    }
}
