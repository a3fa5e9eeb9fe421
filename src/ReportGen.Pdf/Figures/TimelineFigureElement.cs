using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>The incident-at-a-glance figure as an engine element: it lays itself out for the column width it is
/// offered (<see cref="TimelineGeometryBuilder"/>) and draws vectors and real text, so the PDF version is sharp and its labels
/// are selectable. The same element, drawn on a raster canvas, gives the PNG embedded in the .docx. Never splits.</summary>
internal sealed class TimelineFigureElement(TimelineChart chart, FontLibrary fonts, Theme theme) : Element
{
    private TimelineGeometry? _geometry;

    private TimelineGeometry GeometryFor(float width)
    {
        if (_geometry is null || Math.Abs(_geometry.Width - width) > 0.01)
            // Measured with the bold face: band labels are bold, and a slightly wide estimate never makes labels collide.
            _geometry = TimelineGeometryBuilder.Compute(chart, width, (text, size) => Width(text, FontRole.Bold) * size);
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
        var muted = theme.Colors.Muted;
        foreach (var band in g.Bands)
        {
            var tone = BandTone(band.Phase);
            canvas.FillRect(Offset(band.Box, x, y), tone.Fill);
            if (band.Label is not null && band.LabelBox is { } lb)
                DrawText(canvas, FontRole.Bold, band.Label, 7, tone.Text, x + (float)lb.X, y + (float)lb.Bottom - 1.2f);
        }
        canvas.Line(x + (float)g.AxisLeft, y + (float)g.AxisY, x + (float)g.AxisRight, y + (float)g.AxisY, muted, 0.6f);
        foreach (var tick in g.Ticks)
        {
            canvas.Line(x + (float)tick.X, y + (float)g.AxisY, x + (float)tick.X, y + (float)g.AxisY + 2.5f, muted, 0.5f);
            DrawText(canvas, FontRole.Regular, tick.Label, 6.5f, muted, x + (float)tick.LabelBox.X, y + (float)tick.LabelBox.Y + 6.5f);
        }
        foreach (var label in g.Labels)
        {
            canvas.Line(x + (float)label.MarkerX, y + (float)label.LeaderTop, x + (float)label.MarkerX, y + (float)label.LeaderBottom, theme.Colors.Rule, 0.5f);
            DrawText(canvas, FontRole.Regular, label.Text, 7, theme.Colors.Text, x + (float)label.Box.X + 2, y + (float)label.Box.Y + 7.5f);
        }
        foreach (var marker in g.Markers)
            DrawMarker(canvas, marker, x, y);
        if (g.AxisCaption is { } caption)
            DrawText(canvas, FontRole.Regular, caption, 6.5f, muted, x + (float)g.AxisLeft, y + (float)g.Height - 1.5f);
    }

    protected override void ResetCore() { }

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

    private static Box Offset(FigureRect r, float x, float y) => new(x + (float)r.X, y + (float)r.Y, (float)r.Width, (float)r.Height);

    /// <summary>Width in em of a label, each piece in the face that has its characters (emoji, CJK names, ...).</summary>
    private float Width(string text, FontRole role) => fonts.Segments(text, role).Sum(s => s.Face.Shape(s.Text).Width);

    private void DrawText(ICanvas canvas, FontRole role, string text, float size, RgbColor color, float x, float baseline)
    {
        var pen = x;
        foreach (var (face, piece) in fonts.Segments(text, role))
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
            canvas.Text(new GlyphRun(face, size, color, shaped.Glyphs, xs, ys, shaped.Utf8, shaped.Clusters));
        }
    }
}
