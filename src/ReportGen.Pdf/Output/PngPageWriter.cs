using ReportGen.Pdf.Composition;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Rasterises laid-out pages to PNG with the same drawing code as the PDF (previews, visual tests).</summary>
internal static class PngPageWriter
{
    public static IReadOnlyList<byte[]> Write(LaidOutDocument layout, double dpi)
    {
        var scale = (float)(dpi / 72.0);
        var width = Math.Max(1, (int)Math.Ceiling(layout.Geometry.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(layout.Geometry.Height * scale));
        var result = new byte[layout.Pages.Count][];
        using var images = new ImageCache();
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {width}x{height} page image");
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Save();
            canvas.Scale(scale);
            layout.Pages[i].ReplayTo(new SkiaCanvas(canvas, face => face.Typeface, images));
            canvas.Restore();
            using var snapshot = surface.Snapshot();
            using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
            result[i] = png.ToArray();
        }
        return result;
    }
}
