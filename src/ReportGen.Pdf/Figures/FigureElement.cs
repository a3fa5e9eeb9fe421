using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>A figure the report generates (the timeline, the review's trend) as an engine element: it lays itself out
/// for the column width it is offered, once per width, and draws vectors and real text in the shipped fonts, so the PDF
/// version is sharp and its labels selectable; drawn on a raster canvas it gives the .docx's picture
/// (<see cref="FigurePngRenderer"/>). Never splits.</summary>
/// <typeparam name="TGeometry">Everything needed to draw the figure at one width, computed without a canvas.</typeparam>
internal abstract class FigureElement<TGeometry>(FontLibrary fonts) : Element where TGeometry : class
{
    private TGeometry? _geometry;
    private float _geometryWidth;

    /// <summary>The figure laid out for <paramref name="width"/> points (kept until another width is asked for).</summary>
    internal TGeometry GeometryFor(float width)
    {
        if (_geometry is null || Math.Abs(_geometryWidth - width) > 0.01)
            (_geometry, _geometryWidth) = (Layout(width), width);
        return _geometry;
    }

    /// <summary>Lays the figure out for <paramref name="width"/> points.</summary>
    protected abstract TGeometry Layout(float width);

    /// <summary>How tall the laid-out figure is, in points.</summary>
    protected abstract double HeightOf(TGeometry geometry);

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var height = (float)HeightOf(GeometryFor(space.Width));
        return height <= space.Height || space.Forced ? SpacePlan.Full(height) : SpacePlan.Nothing;
    }

    protected override void ResetCore() { }

    /// <summary>Width in points of a label at <paramref name="size"/>, measured with the bold face (a slightly wide
    /// estimate never makes labels collide), each piece in the face that has its characters (emoji, CJK names…).</summary>
    protected double MeasureBold(string text, double size) =>
        fonts.Segments(text, FontRole.Bold).Sum(s => s.Face.Shape(s.Text).Width) * size;

    protected static Box Offset(FigureRect r, float x, float y) => new(x + (float)r.X, y + (float)r.Y, (float)r.Width, (float)r.Height);

    /// <summary>Draws a label from (<paramref name="x"/>, <paramref name="baseline"/>), each piece in the face that has
    /// its characters, turned by <paramref name="rotation"/> degrees around the pivot when given.</summary>
    protected void DrawLabel(ICanvas canvas, string text, FontRole role, float size, RgbColor color, float x, float baseline,
        float rotation = 0, float pivotX = 0, float pivotY = 0)
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
            canvas.Text(new GlyphRun(face, size, color, shaped.Glyphs, xs, ys, shaped.Utf8, shaped.Clusters)
            {
                EndX = pen, Rotation = rotation, PivotX = pivotX, PivotY = pivotY,
            });
        }
    }
}
