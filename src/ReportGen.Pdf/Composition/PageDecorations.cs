using System.Globalization;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition;

/// <summary>What every page carries besides content: the running header (from page 2 when page 1 opens with the title
/// block, which says the same), the footer with "Page N of M" (and, for a report rendered from an incident file, the
/// short source fingerprint in small print), and the diagonal DRAFT watermark while the report is not final.</summary>
internal static class PageDecorations
{
    public static PageTemplate Template(RenderContext context)
    {
        var settings = context.Document.Settings;
        var titleFirst = context.Document.Blocks is [TitleBlock, ..];
        return new PageTemplate(context.Geometry)
        {
            Header = (number, _) => number == 1 && titleFirst ? null : Header(context),
            Footer = (number, total) => Footer(context, number, total),
            Underlay = settings.IsDraft ? (canvas, geometry) => Watermark(canvas, geometry, context) : null,
        };
    }

    private static Element Header(RenderContext context)
    {
        var settings = context.Document.Settings;
        var styles = context.Styles;
        var oneLine = styles.TightText with { SingleLine = true }; // a long title is cut, never grows into the body
        var row = new RowElement(
        [
            new RowItem(context.Text(settings.HeaderLeft, styles.Muted with { Role = FontRole.Bold }, oneLine), Weight: 1),
            new RowItem(context.Text(settings.HeaderRight, styles.Muted, oneLine, ColumnAlignment.Right), Weight: 3),
        ], gap: 12);
        return new ColumnElement([new ColumnItem(row), new ColumnItem(new LineElement(styles.Colors.Rule, 0.5f), 4)]);
    }

    private static Element Footer(RenderContext context, int number, int total)
    {
        var settings = context.Document.Settings;
        var styles = context.Styles;
        var oneLine = styles.TightText with { SingleLine = true };
        var page = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {total}");
        var row = new RowElement(
        [
            new RowItem(context.Text(settings.FooterText, styles.Muted, oneLine), Weight: 3),
            new RowItem(context.Text(page, styles.Muted, oneLine, ColumnAlignment.Right), Weight: 1),
        ], gap: 12);
        var items = new List<ColumnItem> { new(new LineElement(styles.Colors.Rule, 0.5f)), new(row, 4) };
        if (settings.Source is { } source)
        {
            // The small print: a printed page still names the incident file it was rendered from.
            var small = styles.Muted with { Size = styles.Muted.Size * 0.8f };
            items.Add(new ColumnItem(context.Text(source.SmallPrint, small, oneLine), 2));
        }
        return new ColumnElement(items);
    }

    /// <summary>"DRAFT" across the page diagonal, light and behind the content; drawn as outlines so text extraction
    /// and search do not see it.</summary>
    private static void Watermark(ICanvas canvas, PageGeometry geometry, RenderContext context)
    {
        const string text = "DRAFT";
        var face = context.Fonts.Get(FontRole.Bold);
        var shaped = face.Shape(text);
        var diagonal = MathF.Sqrt(geometry.Width * geometry.Width + geometry.Height * geometry.Height);
        var size = diagonal * 0.55f / shaped.Width;
        var angle = -MathF.Atan2(geometry.Height, geometry.Width) * 180 / MathF.PI;
        var cx = geometry.Width / 2;
        var cy = geometry.Height / 2;
        var x = cx - shaped.Width * size / 2;
        var y = cy + (face.Ascent - face.Descent) * size / 2 - face.Descent * size * 0.2f;
        var xs = new float[shaped.Glyphs.Length];
        var pen = x;
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = pen + shaped.OffsetsX[i] * size;
            pen += shaped.Advances[i] * size;
        }
        var ys = Enumerable.Repeat(y, xs.Length).ToArray();
        using var artifact = canvas.Artifact(new Box(0, 0, geometry.Width, geometry.Height), ArtifactKind.Watermark);
        canvas.Text(new GlyphRun(face, size, context.Document.Theme.Colors.Draft, shaped.Glyphs, xs, ys, [], [])
        {
            EndX = pen, Rotation = angle, PivotX = cx, PivotY = cy, Opacity = 0.08f, AsOutlines = true,
        });
    }
}
