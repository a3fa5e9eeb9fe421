using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A figure: the picture centred at its aspect ratio, no wider than the text (nor taller than most of a
/// page), kept with its caption below. An SVG is embedded as SVG with a PNG fallback (see <see cref="SvgPicture"/>).</summary>
internal sealed class FigureRenderer : BlockRenderer<FigureBlock>
{
    private const double PointsPerPixel = 0.75; // pictures without a better hint are shown at 96 dpi
    private const double MaxPageHeightShare = 0.6;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, FigureBlock block)
    {
        if (block.Image is not { } image)
        {
            context.Warn($"the figure '{block.Source}' has no image; it was left out");
            return;
        }
        var (width, height) = Fit(context, image);
        var alt = context.Sanitizer.Clean(block.Description);
        Drawing drawing;
        if (image.Format == ImageFormat.Svg)
        {
            if (SvgPicture.Create(context, image, width, height, alt, $"the SVG figure '{block.Source}'") is not { } svg)
                return;
            drawing = svg;
        }
        else
        {
            var (relId, drawingId) = context.AddImage(image);
            drawing = InlineImage.Create(relId, drawingId, width, height, alt);
        }
        WritePicture(context, drawing, block.Caption, block.CaptionValue, block.AltTextValue);
    }

    /// <summary>A generated figure's PNG (timeline, trend) across the text width, with its alt text (else its
    /// caption) and the caption below.</summary>
    public static void WriteGenerated(DocxContext context, ImageData image, string altText, string caption, string drawingName)
    {
        var width = context.AvailableWidth;
        var height = width * Math.Max(1, image.PixelHeight) / Math.Max(1, image.PixelWidth);
        var (relId, drawingId) = context.AddImage(image);
        var alt = context.Sanitizer.Clean(altText.Length > 0 ? altText : caption);
        WritePicture(context, InlineImage.Create(relId, drawingId, width, height, alt, drawingName), caption);
    }

    /// <summary>The picture in its Figure paragraph (kept with the next), then the caption. With
    /// <paramref name="altTextValue"/>, the picture is marked as that value (Word edits its alt text, which
    /// <c>reportgen import</c> reads back); with <paramref name="captionValue"/>, the caption is.</summary>
    public static void WritePicture(DocxContext context, Drawing drawing, string caption, string? captionValue = null, string? altTextValue = null)
    {
        var picture = Paragraphs.Styled(StyleIds.Figure);
        if (altTextValue is null) picture.AppendChild(new Run(drawing));
        else
        {
            var (start, end) = context.NewValueMark(altTextValue);
            picture.Append(start, new Run(drawing), end);
        }
        context.Append(picture);
        if (caption.Length > 0)
        {
            var paragraph = Paragraphs.Styled(StyleIds.Caption);
            context.WriteMarked(paragraph, caption, captionValue);
            context.Append(paragraph);
        }
    }

    private static (double Width, double Height) Fit(DocxContext context, ImageData image)
    {
        var pixelWidth = Math.Max(1, image.PixelWidth);
        var pixelHeight = Math.Max(1, image.PixelHeight);
        var width = Math.Min(context.AvailableWidth, pixelWidth * PointsPerPixel);
        var height = width * pixelHeight / pixelWidth;
        var maxHeight = (context.Theme.PageHeight - context.Theme.Margins.Top - context.Theme.Margins.Bottom) * MaxPageHeightShare;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }
        return (width, height);
    }
}
