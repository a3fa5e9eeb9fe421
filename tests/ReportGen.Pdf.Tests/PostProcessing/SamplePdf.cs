using System.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>
/// Draws small PDFs with SkiaSharp the way the PDF writer does: glyph ids resolved against the full
/// font, drawn as positioned runs that carry their UTF-8 text and clusters (so extraction is exact).
/// </summary>
internal static class SamplePdf
{
    // The shipped Liberation faces, not the system's: a machine with only the .NET SDK has no fonts-liberation2.
    public static readonly string RegularFontPath = Path.Combine(RepoPaths.ShippedFonts, "LiberationSans-Regular.ttf");
    public static readonly string BoldFontPath = Path.Combine(RepoPaths.ShippedFonts, "LiberationSans-Bold.ttf");

    /// <summary>The glyph ids the full font gives <paramref name="text"/>, one per UTF-16 code unit (BMP text).</summary>
    public static ushort[] GlyphsFor(SKTypeface fullFont, string text)
    {
        using var font = new SKFont(fullFont, 12);
        return font.GetGlyphs(text);
    }

    /// <summary>One line of sample text: glyph ids come from the shaping font, drawing uses the drawing font.</summary>
    public sealed record Line(string Text, SKTypeface ShapingFont, SKTypeface DrawingFont);

    /// <summary>Renders each page's lines with glyphs from <paramref name="shapingFont"/>, drawn with <paramref name="drawingFont"/>.</summary>
    public static byte[] Render(SKTypeface shapingFont, SKTypeface drawingFont, IReadOnlyList<string[]> pages,
        float width = 595, float height = 842) =>
        Render(pages.Select(page => page.Select(text => new Line(text, shapingFont, drawingFont)).ToArray()).ToArray(),
            width, height);

    /// <summary>Renders pages of lines, 20 points apart from the top margin down.</summary>
    public static byte[] Render(IReadOnlyList<Line[]> pages, float width = 595, float height = 842)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = "Sample" }))
        {
            foreach (Line[] lines in pages)
            {
                SKCanvas canvas = document.BeginPage(width, height);
                float baseline = 72;
                foreach (Line line in lines)
                {
                    DrawLine(canvas, line.ShapingFont, line.DrawingFont, line.Text, 72, baseline);
                    baseline += 20;
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static void DrawLine(SKCanvas canvas, SKTypeface shapingFont, SKTypeface drawingFont, string text, float x, float y)
    {
        ushort[] glyphs = GlyphsFor(shapingFont, text);
        using var measuringFont = new SKFont(shapingFont, 12);
        float[] widths = measuringFont.GetGlyphWidths(glyphs);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);

        var positions = new SKPoint[glyphs.Length];
        var clusters = new uint[glyphs.Length];
        float pen = 0;
        for (int i = 0; i < glyphs.Length; i++)
        {
            positions[i] = new SKPoint(pen, 0);
            clusters[i] = (uint)Encoding.UTF8.GetByteCount(text.AsSpan(0, i));
            pen += widths[i];
        }

        using var drawFont = new SKFont(drawingFont, 12);
        using var builder = new SKTextBlobBuilder();
        SKPositionedTextRunBuffer run = builder.AllocatePositionedTextRun(drawFont, glyphs.Length, utf8.Length, null);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        run.SetText(utf8);
        run.SetClusters(clusters);
        using SKTextBlob? blob = builder.Build();
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(blob, x, y, paint);
    }
}
