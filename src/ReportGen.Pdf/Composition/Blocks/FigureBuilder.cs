using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Svg;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A figure: the image scaled to the column (at most half a page tall) with its caption below, kept on one
/// page. The generated <c>figure:timeline</c> is drawn by <see cref="TimelineFigureElement"/>.</summary>
internal static class FigureBuilder
{
    public static Element? Build(FigureBlock figure, RenderContext context)
    {
        var styles = context.Styles;
        var content = context.Geometry.Content;
        Element picture;
        string? problem = null;
        if (figure.Image is null && figure.Source == "figure:timeline")
        {
            if (context.Document.Timeline is not { } chart)
                return null; // nothing to draw yet (no timeline): the layout's figure simply disappears
            picture = new TimelineFigureElement(chart, context.Fonts, context.Document.Theme);
        }
        else if (figure.Image is null && figure.Source.StartsWith("figure:", StringComparison.Ordinal))
        {
            context.Warnings.Add($"unknown generated figure '{figure.Source}' left out; the only one is figure:timeline");
            return null;
        }
        else if (figure.Image is { Format: not ImageFormat.Svg } image && (problem = ImageProbe.Problem(image, context)) is null)
        {
            picture = new ImageElement(image, content.Width, content.Height * 0.5f);
        }
        else if (figure.Image is { Format: ImageFormat.Svg } svg &&
                 SvgDrawing.Load(svg.Bytes, context.Fonts, out problem) is { } drawing)
        {
            foreach (var warning in drawing.Warnings)
                context.Warnings.Add($"SVG figure '{figure.Source}': {warning}");
            picture = new SvgFigureElement(drawing, content.Width, content.Height * 0.5f);
        }
        else
        {
            context.Warnings.Add($"figure '{figure.Source}' could not be drawn in the PDF " +
                (figure.Image is null ? "(no image data)"
                    : figure.Image.Format == ImageFormat.Svg ? $"(the SVG could not be read: {problem})"
                    : problem is not null ? $"({problem})" : "(the image data is damaged or not a PNG/JPEG)") +
                "; a placeholder shows its description");
            var placeholder = context.Text(string.IsNullOrWhiteSpace(figure.AltText) ? figure.Source : figure.AltText,
                styles.Muted, alignment: ColumnAlignment.Center);
            picture = new BoxElement(new PaddingElement(placeholder, 12, 24, 12, 24),
                new BoxStyle { Border = styles.Colors.Rule, CornerRadius = 3 });
        }
        var items = new List<ColumnItem> { new(picture) };
        if (!string.IsNullOrWhiteSpace(figure.Caption))
        {
            var caption = context.Text(figure.Caption, styles.Muted with { Role = Text.FontRole.Italic },
                styles.TightText, ColumnAlignment.Center);
            items.Add(new ColumnItem(caption, 5));
        }
        return new KeepTogetherElement(new ColumnElement(items));
    }
}
