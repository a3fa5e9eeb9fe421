using ReportGen.Documents;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A figure: the image scaled to the column (at most half a page tall) with its caption below, kept on one
/// page. Generated figures (<c>figure:NAME</c>, no image) are drawn elsewhere and skipped here.</summary>
internal static class FigureBuilder
{
    public static Element? Build(FigureBlock figure, RenderContext context)
    {
        var styles = context.Styles;
        if (figure.Image is null && figure.Source.StartsWith("figure:", StringComparison.Ordinal))
            return null;
        var content = context.Geometry.Content;
        Element picture;
        if (figure.Image is { Format: not ImageFormat.Svg } image && ImageProbe.CanDecode(image))
        {
            picture = new ImageElement(image, content.Width, content.Height * 0.5f);
        }
        else
        {
            context.Warnings.Add($"figure '{figure.Source}' could not be drawn in the PDF " +
                (figure.Image is null ? "(no image data)"
                    : figure.Image.Format == ImageFormat.Svg ? "(SVG is not supported by the PDF writer yet)"
                    : "(the image data is damaged or not a PNG/JPEG)") +
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
