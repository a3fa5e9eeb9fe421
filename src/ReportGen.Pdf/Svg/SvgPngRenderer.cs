using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Output;
using SkiaSharp;

namespace ReportGen.Pdf.Svg;

/// <summary>Rasterises an SVG image to PNG with the same reader, drawer and fonts as the PDF, for writers that need
/// a bitmap beside the vector (the .docx fallback picture for viewers without SVG support). Deterministic: the same
/// SVG, size and resolution give the same bytes. Thread-safe.</summary>
public sealed class SvgPngRenderer
{
    private const int MaxSidePixels = 4096;
    private readonly PdfWriter _writer;
    private readonly double _dpi;

    /// <summary>Uses the fonts already loaded by <paramref name="writer"/>; <paramref name="dpi"/> is the resolution
    /// at the printed size (200 keeps lines and text crisp on paper).</summary>
    public SvgPngRenderer(PdfWriter writer, double dpi = 200)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        _writer = writer;
        _dpi = dpi;
    }

    /// <summary>The SVG drawn to fill <paramref name="widthPoints"/> × <paramref name="heightPoints"/> (transparent
    /// background) with what the drawing left out, or null when the SVG cannot be read.</summary>
    public RasterizedSvg? Render(ImageData svg, double widthPoints, double heightPoints)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (svg.Format != ImageFormat.Svg || widthPoints <= 0 || heightPoints <= 0)
            return null;
        var drawing = SvgDrawing.Load(svg.Bytes, _writer.Fonts, out _);
        if (drawing is null)
            return null;
        var scale = _dpi / 72.0;
        // A huge printed size must not allocate a huge bitmap: cap the longer side, the picture is only a fallback.
        scale = Math.Min(scale, MaxSidePixels / Math.Max(widthPoints, heightPoints));
        var pixelWidth = Math.Max(1, (int)Math.Ceiling(widthPoints * scale));
        var pixelHeight = Math.Max(1, (int)Math.Ceiling(heightPoints * scale));
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (surface is null)
            return null;
        using var images = new ImageCache();
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale((float)scale);
        // The box comes from the size the loader read (it may differ from ours, e.g. for width="10cm" without a viewBox):
        // fit the drawing inside it, centred, rather than stretch it.
        var fit = Math.Min(widthPoints / drawing.Width, heightPoints / drawing.Height);
        var (w, h) = ((float)(drawing.Width * fit), (float)(drawing.Height * fit));
        var box = new Box(((float)widthPoints - w) / 2, ((float)heightPoints - h) / 2, w, h);
        using (var skia = new SkiaCanvas(canvas, face => face.Typeface, images))
            drawing.Draw(skia, box);
        using var pixels = surface.PeekPixels();
        // Fast zlib level, as for the timeline figure: flat-colour charts compress well at level 1 with the Sub filter.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1));
        return png is null ? null
            : new RasterizedSvg(new ImageData(png.ToArray(), ImageFormat.Png, pixelWidth, pixelHeight), drawing.Warnings);
    }
}
