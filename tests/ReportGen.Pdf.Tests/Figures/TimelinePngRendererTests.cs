using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.Tests.Writer;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Figures;

/// <summary>The timeline picture for the .docx: a lossless PNG of exactly what Skia rasterised, at the chosen dpi.</summary>
public sealed class TimelinePngRendererTests
{
    private static TimelineChart Chart()
    {
        var start = new DateTimeOffset(2026, 3, 14, 9, 12, 0, TimeSpan.FromHours(1));
        string[] kinds = ["detection", "response", "escalation", "mitigation", "resolution", "other"];
        var marks = Enumerable.Range(0, 14)
            .Select(i => new TimelineMark(start.AddMinutes(i * 15.0), kinds[i % 6], $"Entry {i}: pool usage at 100%"))
            .ToList();
        return new TimelineChart(start, start.AddMinutes(215), start.AddMinutes(7), start.AddMinutes(106), start.AddMinutes(215), marks);
    }

    [Fact]
    public void The_png_holds_exactly_the_rasterised_figure_at_220_dpi()
    {
        var writer = SharedWriter.Instance;
        var png = new FigurePngRenderer(writer, new Theme()).Render(Chart(), 481.9);

        // The same element drawn the same way straight onto a bitmap: the PNG must decode to identical pixels.
        var element = new TimelineFigureElement(Chart(), writer.Fonts, new Theme());
        var height = element.Measure(new AvailableSpace(481.9f, float.MaxValue / 4, Forced: true)).Height;
        var scale = 220f / 72;
        Assert.Equal((int)Math.Ceiling(481.9f * scale), png.PixelWidth);
        Assert.Equal((int)Math.Ceiling(height * scale), png.PixelHeight);
        using var expected = new SKBitmap(new SKImageInfo(png.PixelWidth, png.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(expected))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            using var images = new ImageCache();
            element.Draw(new SkiaCanvas(canvas, face => face.Typeface, images), 0, 0, new AvailableSpace(481.9f, height, Forced: true));
        }
        using var decoded = SKBitmap.Decode(png.Bytes);
        Assert.NotNull(decoded);
        Assert.Equal((png.PixelWidth, png.PixelHeight), (decoded.Width, decoded.Height));
        var different = 0;
        for (var y = 0; y < decoded.Height; y++)
            for (var x = 0; x < decoded.Width; x++)
                different += decoded.GetPixel(x, y) == expected.GetPixel(x, y) ? 0 : 1;
        Assert.Equal(0, different);
        Assert.Equal(png.Bytes, new FigurePngRenderer(writer, new Theme()).Render(Chart(), 481.9).Bytes);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 5)] // a row length that is not a multiple of the vector size
    [InlineData(300, 40)]
    public void The_encoder_round_trips_every_pixel(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 7 + y), (byte)(y * 13), (byte)(x ^ y), 255));
        using var pixmap = bitmap.PeekPixels();
        using var decoded = SKBitmap.Decode(OpaquePngEncoder.Encode(pixmap));
        Assert.NotNull(decoded);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                Assert.Equal(bitmap.GetPixel(x, y), decoded.GetPixel(x, y));
    }
}
