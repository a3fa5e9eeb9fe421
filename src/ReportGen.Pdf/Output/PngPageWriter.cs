using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Rasterises laid-out pages to PNG with the same drawing code as the PDF (previews, visual tests). Pages are
/// independent recordings, so they rasterise and encode in parallel (PNG encoding dominates the cost).</summary>
internal static class PngPageWriter
{
    public static IReadOnlyList<byte[]> Write(PaginatedDocument layout, double dpi)
    {
        var scale = (float)(dpi / 72.0);
        var width = Math.Max(1, (int)Math.Ceiling(layout.Geometry.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(layout.Geometry.Height * scale));
        var result = new byte[layout.Pages.Count][];
        var inspector = layout.Images ?? new ImageInspector();
        Parallel.For(0, layout.Pages.Count, i => result[i] = Rasterise(layout.Pages[i], width, height, scale, inspector));
        return result;
    }

    private static byte[] Rasterise(RecordingCanvas page, int width, int height, float scale, ImageInspector inspector)
    {
        using var images = new ImageCache(inspector);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {width}x{height} page image");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var skia = new SkiaCanvas(canvas, face => face.Typeface, images))
            page.ReplayTo(skia);
        using var snapshot = surface.Snapshot();
        using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
