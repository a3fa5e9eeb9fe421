using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A paragraph in Normal (class <c>subtitle</c>: Subtitle, <c>caption</c>: Caption).</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, ParagraphBlock block)
    {
        var style = block.Classes.Contains("subtitle") ? StyleIds.Subtitle
            : block.Classes.Contains("caption") ? StyleIds.Caption
            : null;
        var paragraph = Paragraphs.Styled(style);
        context.Inlines.Write(paragraph, block.Inlines);
        BaseDirection.Apply(paragraph, block.Inlines);
        context.Append(paragraph);
    }
}
