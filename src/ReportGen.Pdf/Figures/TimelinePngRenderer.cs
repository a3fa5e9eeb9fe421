using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Figures;

/// <summary>Draws the timeline figure to a PNG with the same element and fonts as the PDF, for writers that embed
/// pictures (the .docx). Output is deterministic: same chart, width and resolution give the same bytes.</summary>
public sealed class TimelinePngRenderer
{
    private readonly FontLibrary _fonts;
    private readonly Theme _theme;
    private readonly double _dpi;

    /// <summary>Uses the fonts already loaded by <paramref name="writer"/> and the colours of <paramref name="theme"/>.</summary>
    public TimelinePngRenderer(PdfWriter writer, Theme theme, double dpi = 220)
    {
        _fonts = writer.Fonts;
        _theme = theme;
        _dpi = dpi;
    }

    /// <summary>The figure <paramref name="widthPoints"/> wide, as a PNG whose pixel size keeps its aspect ratio.</summary>
    public ImageData Render(TimelineChart chart, double widthPoints)
    {
        var element = new TimelineFigureElement(chart, _fonts, _theme);
        var width = (float)widthPoints;
        var height = element.Measure(new LayoutSpace(width, float.MaxValue / 4, Forced: true)).Height;
        var scale = (float)(_dpi / 72.0);
        var pixelWidth = Math.Max(1, (int)Math.Ceiling(width * scale));
        var pixelHeight = Math.Max(1, (int)Math.Ceiling(height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"cannot allocate a {pixelWidth}x{pixelHeight} figure image");
        using var images = new ImageCache();
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var skia = new SkiaCanvas(canvas, face => face.Typeface, images))
            element.Draw(skia, 0, 0, new LayoutSpace(width, height, Forced: true));
        // Our own encoder (Up filter, fastest deflate): Skia's PNG encoder took ~3.5 ms of a 1,473-pixel-wide figure
        // even at zlib level 1, the rasterising ~1.5 ms.
        using var pixels = surface.PeekPixels();
        var png = OpaquePngEncoder.Encode(pixels);
        return new ImageData(png, ImageFormat.Png, pixelWidth, pixelHeight);
    }
}
