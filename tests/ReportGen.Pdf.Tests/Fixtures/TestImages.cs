using ReportGen.Document;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>Real PNG images for figure blocks: a small error-rate bar chart drawn with Skia.</summary>
internal static class TestImages
{
    public static ImageData ErrorRateChart(int width = 800, int height = 360)
    {
        var info = new SKImageInfo(width, height);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var axis = new SKPaint { Color = new SKColor(0x66, 0x70, 0x85), StrokeWidth = 2, IsAntialias = true };
        canvas.DrawLine(40, height - 30, width - 10, height - 30, axis);
        canvas.DrawLine(40, 10, 40, height - 30, axis);
        using var bar = new SKPaint { Color = new SKColor(0xB4, 0x23, 0x18), IsAntialias = true };
        var bars = 36;
        var step = (width - 60f) / bars;
        for (var i = 0; i < bars; i++)
        {
            var value = i is > 8 and < 24 ? 0.55f + 0.4f * MathF.Sin(i * 0.7f) * MathF.Sin(i * 0.7f) : 0.05f + 0.03f * (i % 3);
            var top = (height - 40) * (1 - value);
            canvas.DrawRect(new SKRect(45 + i * step, top, 45 + i * step + step * 0.7f, height - 31), bar);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageData(data.ToArray(), ImageFormat.Png, width, height);
    }
}
