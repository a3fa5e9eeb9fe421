using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A paragraph of body text.</summary>
internal static class ParagraphBuilder
{
    public static Element Build(ParagraphBlock paragraph, RenderContext context) =>
        context.Text(paragraph.Inlines, context.Styles.Body);
}

/// <summary>A horizontal rule.</summary>
internal static class RuleBuilder
{
    public static Element Build(RenderContext context) =>
        new PaddingElement(new LineElement(context.Styles.Colors.Rule, 0.75f), 0, 4, 0, 4);
}
