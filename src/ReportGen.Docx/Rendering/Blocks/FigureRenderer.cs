using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A figure: the picture centred at its aspect ratio, no wider than the text (nor taller than most of a
/// page), kept with its caption below. <c>figure:timeline</c> is drawn by the options' rasterizer; an SVG is embedded
/// as SVG with a PNG fallback (see <see cref="SvgPicture"/>).</summary>
internal sealed class FigureRenderer : BlockRenderer<FigureBlock>
{
    private const double PointsPerPixel = 0.75; // pictures without a better hint are shown at 96 dpi
    private const double MaxPageHeightShare = 0.6;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, FigureBlock block)
    {
        var image = Resolve(context, block, out var fillWidth);
        if (image is null)
            return;
        var (width, height) = Fit(context, image, fillWidth);
        var alt = context.Sanitizer.Clean(block.AltText.Length > 0 ? block.AltText : block.Caption);
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
        var picture = Paragraphs.Styled(StyleIds.Figure);
        picture.AppendChild(new Run(drawing));
        context.Append(picture);
        if (block.Caption.Length > 0)
        {
            var caption = Paragraphs.Styled(StyleIds.Caption);
            context.Inlines.AppendRun(caption, block.Caption, default);
            context.Append(caption);
        }
    }

    private static ImageData? Resolve(DocxContext context, FigureBlock block, out bool fillWidth)
    {
        fillWidth = false;
        if (block.Source.Equals("figure:timeline", StringComparison.OrdinalIgnoreCase) && block.Image is null)
        {
            fillWidth = true;
            if (context.Options.FigureRasterizer is not { } rasterize || context.Document.Timeline is not { } chart)
            {
                context.Warn("the timeline figure was left out of the Word document (nothing to draw it with)");
                return null;
            }
            return rasterize(chart, context.AvailableWidth);
        }
        if (block.Image is null)
        {
            context.Warn($"the figure '{block.Source}' has no image; it was left out");
            return null;
        }
        return block.Image;
    }

    private static (double Width, double Height) Fit(DocxContext context, ImageData image, bool fillWidth)
    {
        var pixelWidth = Math.Max(1, image.PixelWidth);
        var pixelHeight = Math.Max(1, image.PixelHeight);
        var width = fillWidth ? context.AvailableWidth : Math.Min(context.AvailableWidth, pixelWidth * PointsPerPixel);
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
