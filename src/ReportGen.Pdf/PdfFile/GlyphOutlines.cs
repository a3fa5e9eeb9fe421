using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Draws a run as filled glyph outlines instead of text (the DRAFT watermark, and glyphs that are no text of
/// their own: seen, never part of the extracted or searched text). Outlines come from Skia's font scaler, in the run's size, y down like the page.</summary>
internal static class GlyphOutlines
{
    /// <param name="canvas">The page being drawn.</param>
    /// <param name="run">The glyphs to draw.</param>
    /// <param name="document">Keeps the outlines last made, for the same run on the next page.</param>
    public static void Draw(PdfCanvas canvas, GlyphRun run, PdfDocumentContext document)
    {
        VectorPath? path;
        if (document.LastOutlines is { } last && SameOutlines(last.Run, run))
        {
            // The DRAFT watermark is the same run on every page: its outlines from Skia's scaler are made once per file.
            path = last.Path;
        }
        else
        {
            path = Outlines(run);
            if (path is null)
                return;
            document.LastOutlines = (run, path);
        }
        canvas.FillPath(path, new SolidPaint(run.Color));
        if (run.Face.SyntheticBold) // as the text beside it: filled and stroked
            canvas.StrokePath(path, new SolidPaint(run.Color), new StrokeStyle(Text.FontFace.SyntheticBoldStroke(run.Size), Join: LineJoin.Round));
    }

    /// <summary>True when two runs have the same outlines: the same glyphs of the same face and size at the same places
    /// (colour, opacity and rotation are applied around the path).</summary>
    private static bool SameOutlines(GlyphRun a, GlyphRun b) => ReferenceEquals(a.Face, b.Face) && a.Size == b.Size
        && a.Glyphs.AsSpan().SequenceEqual(b.Glyphs) && a.X.AsSpan().SequenceEqual(b.X) && a.Y.AsSpan().SequenceEqual(b.Y);

    private static VectorPath? Outlines(GlyphRun run)
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
        return builder.VerbCount == 0 ? null : builder.Build();
    }
}
