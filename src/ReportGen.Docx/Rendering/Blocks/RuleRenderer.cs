using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
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
            BottomBorder = StyleFactory.Border<BottomBorder>(context.Theme.Colors.Rule, 0.75, 1),
        };
        context.Append(paragraph);
    }
}
