using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>Builds engine text elements directly, for measure-level tests.</summary>
internal static class TextElements
{
    public static RenderContext Context() =>
        new(Paginated.Document(), SharedWriter.Instance.Fonts);

    public static TextElement Paragraph(RenderContext context, ParagraphBlock paragraph) =>
        context.Text(paragraph.Inlines, context.Styles.Body);
}
