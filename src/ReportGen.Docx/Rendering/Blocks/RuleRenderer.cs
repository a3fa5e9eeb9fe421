using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A horizontal rule: an empty paragraph with a bottom border in the theme's rule colour.</summary>
internal sealed class RuleRenderer : BlockRenderer<RuleBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, RuleBlock block)
    {
        var paragraph = new Paragraph();
        paragraph.Properties().ParagraphBorders = new ParagraphBorders
        {
            // 1 pt, unlike the 0.75 pt line under Heading 1: equal borders on neighbouring paragraphs merge into one.
            BottomBorder = StyleFactory.Border<BottomBorder>(context.Theme.Colors.Rule, 1, 1),
        };
        context.Append(paragraph);
    }
}
