using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Svg;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A figure: the image scaled to the column (at most half a page tall) with its caption below, kept on one
/// page.</summary>
internal static class FigureBuilder
{
    public static Element Build(FigureBlock figure, RenderContext context)
    {
        var styles = context.Styles;
        var content = context.Geometry.Content;
        Element picture;
        string? problem = null;
        if (figure.Image is { Format: not ImageFormat.Svg } image && (problem = context.Images.Inspect(image).Problem) is null)
        {
            picture = new ImageElement(image, content.Width, content.Height * 0.5f);
        }
        else if (figure.Image is { Format: ImageFormat.Svg } svg &&
                 SvgDrawing.Load(svg.Bytes, context.Fonts, out problem) is { } drawing)
        {
            foreach (var warning in drawing.Warnings)
                context.Warn($"SVG figure '{figure.Source}': {warning}");
            picture = new SvgFigureElement(drawing, content.Width, content.Height * 0.5f);
        }
        else
        {
            context.Warn($"figure '{figure.Source}' could not be drawn in the PDF " +
                (figure.Image is null ? "(no image data)"
                    : figure.Image.Format == ImageFormat.Svg ? $"(the SVG could not be read: {problem})"
                    : problem is not null ? $"({problem})" : "(the image data is damaged or not a PNG/JPEG)") +
                "; a placeholder shows its description");
            var placeholder = context.Text(string.IsNullOrWhiteSpace(figure.AltText) ? figure.Source : figure.AltText,
                styles.Muted, alignment: ColumnAlignment.Center);
            picture = new BoxElement(new PaddingElement(placeholder, 12, 24, 12, 24),
                new BoxStyle { Border = styles.Colors.Rule, CornerRadius = 3 });
        }
        return WithCaption(picture, figure, figure.Caption, context);
    }

    /// <summary>A picture (tagged as the figure's drawing) with its caption centred below, kept on one page.</summary>
    public static Element WithCaption(Element picture, Block figure, string caption, RenderContext context)
    {
        var styles = context.Styles;
        var items = new List<ColumnItem> { new(new StructureElement(picture, new StructureTag(StructureRole.Figure, figure))) };
        if (!string.IsNullOrWhiteSpace(caption))
        {
            var text = context.Text(caption, styles.Muted with { Role = Text.FontRole.Italic },
                styles.TightText, ColumnAlignment.Center);
            items.Add(new ColumnItem(new StructureElement(text, new StructureTag(StructureRole.Caption, figure)), 5));
        }
        return new KeepTogetherElement(new ColumnElement(items));
    }
}
