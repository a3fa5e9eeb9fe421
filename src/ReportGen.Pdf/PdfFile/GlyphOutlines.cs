using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Draws a run as filled glyph outlines instead of text (the DRAFT watermark, and glyphs that are no text of
/// their own: seen, never part of the extracted or searched text). Outlines come from Skia's font scaler, in the run's size, y down like the page.</summary>
internal static class GlyphOutlines
{
    public static void Draw(PdfCanvas canvas, GlyphRun run)
    {
        using var font = new SKFont(run.Face.Typeface, run.Size);
        var builder = new VectorPathBuilder();
        Span<SKPoint> points = stackalloc SKPoint[4];
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            using var glyph = font.GetGlyphPath(run.Glyphs[i]);
            if (glyph is null)
                continue;
            float dx = run.X[i], dy = run.Y[i];
            using var iterator = glyph.CreateRawIterator();
            SKPathVerb verb;
            while ((verb = iterator.Next(points)) != SKPathVerb.Done)
            {
                switch (verb)
                {
                    case SKPathVerb.Move: builder.MoveTo(points[0].X + dx, points[0].Y + dy); break;
                    case SKPathVerb.Line: builder.LineTo(points[1].X + dx, points[1].Y + dy); break;
                    case SKPathVerb.Quad: builder.QuadTo(points[1].X + dx, points[1].Y + dy, points[2].X + dx, points[2].Y + dy); break;
                    case SKPathVerb.Conic:
                        builder.ConicTo(points[1].X + dx, points[1].Y + dy, points[2].X + dx, points[2].Y + dy, iterator.ConicWeight());
                        break;
                    case SKPathVerb.Cubic:
                        builder.CubicTo(points[1].X + dx, points[1].Y + dy, points[2].X + dx, points[2].Y + dy, points[3].X + dx, points[3].Y + dy);
                        break;
                    case SKPathVerb.Close: builder.Close(); break;
                }
            }
        }
        if (builder.VerbCount == 0)
            return;
        var path = builder.Build();
        canvas.FillPath(path, new SolidPaint(run.Color));
        if (run.Face.SyntheticBold) // as the text beside it: filled and stroked
            canvas.StrokePath(path, new SolidPaint(run.Color), new StrokeStyle(Text.FontFace.SyntheticBoldStroke(run.Size), Join: LineJoin.Round));
    }
}
