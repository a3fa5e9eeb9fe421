using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A page break, as its own empty paragraph so it is easy to find and delete in Word.</summary>
internal sealed class PageBreakRenderer : BlockRenderer<PageBreakBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, PageBreakBlock block) =>
        context.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
}
