using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>The incident-at-a-glance figure (see <see cref="FigureElement{TGeometry}"/>), laid out by
/// <see cref="TimelineGeometryBuilder"/>.</summary>
internal sealed class TimelineFigureElement(TimelineChart chart, FontLibrary fonts, Theme theme) : FigureElement<TimelineGeometry>(fonts)
{
    /// <summary>The sizes layout measured labels at; drawing uses the same ones so the text fills the boxes it was given.</summary>
    private readonly TimelineStyle _style = new();

    protected override TimelineGeometry Layout(float width) => TimelineGeometryBuilder.Compute(chart, width, MeasureBold, _style);

    protected override double HeightOf(TimelineGeometry geometry) => geometry.Height;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var g = GeometryFor(space.Width);
        var muted = theme.Colors.Muted;
        var labelSize = (float)_style.LabelFontSize;
        var tickSize = (float)_style.TickFontSize;
        foreach (var band in g.Bands)
        {
            var tone = BandTone(band.Phase);
            canvas.FillRect(Offset(band.Box, x, y), tone.Fill);
            if (band.Label is not null && band.LabelBox is { } lb)
                DrawLabel(canvas, band.Label, FontRole.Bold, labelSize, tone.Text, x + (float)lb.X, y + (float)lb.Bottom - 1.2f);
        }
        canvas.Line(x + (float)g.AxisLeft, y + (float)g.AxisY, x + (float)g.AxisRight, y + (float)g.AxisY, muted, 0.6f);
        foreach (var tick in g.Ticks)
        {
            canvas.Line(x + (float)tick.X, y + (float)g.AxisY, x + (float)tick.X, y + (float)g.AxisY + 2.5f, muted, 0.5f);
            DrawLabel(canvas, tick.Label, FontRole.Regular, tickSize, muted, x + (float)tick.LabelBox.X, y + (float)tick.LabelBox.Y + tickSize);
        }
        foreach (var label in g.Labels)
        {
            canvas.Line(x + (float)label.MarkerX, y + (float)label.LeaderTop, x + (float)label.MarkerX, y + (float)label.LeaderBottom, theme.Colors.Rule, 0.5f);
            DrawLabel(canvas, label.Text, FontRole.Regular, labelSize, theme.Colors.Text, x + (float)label.Box.X + 2, y + (float)label.Box.Y + (labelSize + 0.5f));
        }
        foreach (var marker in g.Markers)
            DrawMarker(canvas, marker, x, y);
        if (g.AxisCaption is { } caption)
            DrawLabel(canvas, caption, FontRole.Regular, tickSize, muted, x + (float)g.AxisLeft, y + (float)g.Height - 1.5f);
    }

    private Tone BandTone(string phase) =>
        theme.FindTone("phase-" + phase) ?? new Tone(theme.Colors.TableHeader, theme.Colors.Text);

    /// <summary>Kind is told by colour and by shape (round: detection/mitigation/response, square: escalation/
    /// resolution, small: other), so the figure still reads in greyscale print.</summary>
    private void DrawMarker(ICanvas canvas, EntryMarker marker, float x, float y)
    {
        var (color, square, size) = marker.Kind switch
        {
            "detection" => (RgbColor.Parse("#D92D20"), false, 6f),
            "escalation" => (RgbColor.Parse("#7A5AF8"), true, 6f),
            "mitigation" => (RgbColor.Parse("#DC6803"), false, 6f),
            "resolution" => (RgbColor.Parse("#039855"), true, 6f),
            "response" => (RgbColor.Parse("#1570EF"), false, 4.5f),
            _ => (theme.Colors.Muted, false, 3.5f),
        };
        var box = new Box(x + (float)marker.X - size / 2, y + (float)marker.Y - size / 2, size, size);
        canvas.FillRect(box, color, square ? 0.8f : size / 2);
        canvas.StrokeRect(box, RgbColor.Parse("#FFFFFF"), 0.6f, square ? 0.8f : size / 2);
    }
}
