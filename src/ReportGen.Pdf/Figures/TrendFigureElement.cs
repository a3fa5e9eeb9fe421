using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>The review's trend figure (see <see cref="FigureElement{TGeometry}"/>), laid out by
/// <see cref="TrendLayout"/>.</summary>
internal sealed class TrendFigureElement(TrendChart chart, FontLibrary fonts, Theme theme) : FigureElement<TrendGeometry>(fonts)
{
    protected override TrendGeometry Layout(float width) => TrendLayout.Compute(chart, width, MeasureBold);

    protected override double HeightOf(TrendGeometry geometry) => geometry.Height;

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

    private RgbColor Fill(int series) =>
        series < chart.Series.Count && theme.FindTone(chart.Series[series].Tone) is { } tone ? tone.Fill : theme.Colors.Muted;

    private void Text(ICanvas canvas, PlacedText text, RgbColor color, float x, float y, float rotation = 0, float pivotX = 0, float pivotY = 0) =>
        DrawLabel(canvas, text.Text, text.Bold ? FontRole.Bold : FontRole.Regular, (float)text.Size, color, x + (float)text.Box.X,
            y + (float)text.Baseline, rotation, pivotX, pivotY);
}
