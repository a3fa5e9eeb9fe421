using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>The review's trend figure as an engine element: laid out for the width it is offered
/// (<see cref="TrendLayout"/>), drawn as vectors and real text, so the PDF version is sharp and its labels selectable;
/// drawn on a raster canvas it gives the .docx's picture. Never splits.</summary>
internal sealed class TrendFigureElement(TrendChart chart, FontLibrary fonts, Theme theme) : Element
{
    private TrendGeometry? _geometry;

    internal TrendGeometry GeometryFor(float width)
    {
        if (_geometry is null || Math.Abs(_geometry.Width - width) > 0.01)
            // Measured with the bold face: a slightly wide estimate never makes labels collide.
            _geometry = TrendLayout.Compute(chart, width, (text, size) => Width(text, FontRole.Bold) * size);
        return _geometry;
    }

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var height = (float)GeometryFor(space.Width).Height;
        return height <= space.Height || space.Forced ? SpacePlan.Full(height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var g = GeometryFor(space.Width);
        var colors = theme.Colors;
        foreach (var tick in g.ValueTicks)
        {
            var lineY = y + (float)tick.Y;
            canvas.Line(x + (float)g.Plot.X, lineY, x + (float)g.Plot.Right, lineY, tick.Value == 0 ? colors.Muted : colors.Rule, tick.Value == 0 ? 0.7f : 0.4f);
            Text(canvas, tick.Label, colors.Muted, x, y);
        }
        foreach (var segment in g.Segments)
            canvas.FillRect(Offset(segment.Box, x, y), Fill(segment.Series));
        foreach (var total in g.Totals)
            Text(canvas, total, colors.Text, x, y);
        foreach (var entry in g.Legend)
        {
            canvas.FillRect(Offset(entry.Swatch, x, y), Fill(entry.Series), 1.2f);
            Text(canvas, entry.Text, colors.Text, x, y);
        }
        foreach (var label in g.ColumnLabels)
            Text(canvas, label, colors.Muted, x, y);
        foreach (var label in g.GroupLabels)
            Text(canvas, label, colors.Text, x, y);
        Text(canvas, g.CategoryTitle, colors.Muted, x, y);
        if (g.EmptyNote is { } empty)
            Text(canvas, empty, colors.Muted, x, y);
        // The value-axis title reads upwards along the axis: drawn horizontally at its footprint's bottom, turned a
        // quarter left around its start.
        var title = g.ValueTitle;
        var pivotX = x + (float)title.Box.X + (float)title.Size;
        var pivotY = y + (float)title.Box.Bottom;
        Text(canvas, title with { Box = title.Box with { X = pivotX - x, Y = pivotY - y } , Baseline = pivotY - y }, colors.Muted, x, y,
            rotation: -90, pivotX, pivotY);
    }

    protected override void ResetCore() { }

    private RgbColor Fill(int series) =>
        series < chart.Series.Count && theme.FindTone(chart.Series[series].Tone) is { } tone ? tone.Fill : theme.Colors.Muted;

    private static Box Offset(FigureRect r, float x, float y) => new(x + (float)r.X, y + (float)r.Y, (float)r.Width, (float)r.Height);

    /// <summary>Width in em of a text, each piece in the face that has its characters.</summary>
    private float Width(string text, FontRole role) => fonts.Segments(text, role).Sum(s => s.Face.Shape(s.Text).Width);

    private void Text(ICanvas canvas, PlacedText text, RgbColor color, float x, float y, float rotation = 0, float pivotX = 0, float pivotY = 0)
    {
        var size = (float)text.Size;
        var pen = x + (float)text.Box.X;
        var baseline = y + (float)text.Baseline;
        foreach (var (face, piece) in fonts.Segments(text.Text, text.Bold ? FontRole.Bold : FontRole.Regular))
        {
            var shaped = face.Shape(piece);
            var n = shaped.Glyphs.Length;
            var xs = new float[n];
            var ys = new float[n];
            for (var i = 0; i < n; i++)
            {
                xs[i] = pen + shaped.OffsetsX[i] * size;
                ys[i] = baseline - shaped.OffsetsY[i] * size;
                pen += shaped.Advances[i] * size;
            }
            canvas.Text(new GlyphRun(face, size, color, shaped.Glyphs, xs, ys, shaped.Utf8, shaped.Clusters)
            {
                EndX = pen, Rotation = rotation, PivotX = pivotX, PivotY = pivotY,
            });
        }
    }
}
