using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>The theme's optional logo, at the top of the first page above the title.</summary>
internal static class LogoWriter
{
    private const double MaxHeight = 32;       // points
    private const double MaxWidthShare = 0.4;  // of the text width

    /// <summary>Writes the logo paragraph when the theme has a logo (PNG, JPEG, or SVG with a PNG fallback).</summary>
    public static void Write(DocxContext context)
    {
        if (context.Theme.Logo is not { } logo)
            return;
        var aspect = Math.Max(1, logo.PixelWidth) / (double)Math.Max(1, logo.PixelHeight);
        var height = MaxHeight;
        var width = height * aspect;
        if (width > context.TextWidth * MaxWidthShare)
        {
            width = context.TextWidth * MaxWidthShare;
            height = width / aspect;
        }
        Drawing drawing;
        if (logo.Format == ImageFormat.Svg)
        {
            if (SvgPicture.Create(context, logo, width, height, "Logo", "the theme's SVG logo") is not { } svg)
                return;
            drawing = svg;
        }
        else
        {
            var (relId, drawingId) = context.AddImage(logo);
            drawing = InlineImage.Create(relId, drawingId, width, height, "Logo");
        }
        var paragraph = new Paragraph(new Run(drawing));
        paragraph.Properties().SpacingBetweenLines = new SpacingBetweenLines { After = "240" };
        context.Append(paragraph);
    }
}
