using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Replays drawing onto a Skia raster surface: PNG pages and the PNG renderings of the timeline and SVG
/// figures (PDF pages go to <c>PdfFile.PdfCanvas</c>). Text is drawn as positioned runs of the shaped glyphs.</summary>
internal sealed class SkiaCanvas(SKCanvas canvas, Func<FontFace, SKTypeface> typefaces, ImageCache images) : ICanvas, IDisposable
{
    // Reused by every text run of the page (hundreds): creating Skia objects per run was a good part of the cost.
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly SKTextBlobBuilder _textBuilder = new();
    private readonly SKPaint _textPaint = new() { IsAntialias = true };

    private static SKColor ToSk(RgbColor c, float opacity = 1) => new(c.R, c.G, c.B, (byte)Math.Round(255 * opacity));

    private static SKRect ToSk(Box b) => new(b.X, b.Y, b.Right, b.Bottom);

    public void FillRect(Box box, RgbColor color, float cornerRadius = 0)
    {
        using var paint = new SKPaint { Color = ToSk(color), IsAntialias = true, Style = SKPaintStyle.Fill };
        if (cornerRadius > 0)
            canvas.DrawRoundRect(ToSk(box), cornerRadius, cornerRadius, paint);
        else
            canvas.DrawRect(ToSk(box), paint);
    }

    public void StrokeRect(Box box, RgbColor color, float lineWidth, float cornerRadius = 0)
    {
        using var paint = new SKPaint
        {
            Color = ToSk(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = lineWidth,
        };
        if (cornerRadius > 0)
            canvas.DrawRoundRect(ToSk(box), cornerRadius, cornerRadius, paint);
        else
            canvas.DrawRect(ToSk(box), paint);
    }

    public void Line(float x1, float y1, float x2, float y2, RgbColor color, float lineWidth)
    {
        using var paint = new SKPaint
        {
            Color = ToSk(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = lineWidth,
        };
        canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    public void Text(GlyphRun run)
    {
        if (run.Glyphs.Length == 0)
            return;
        var font = Font(typefaces(run.Face), run.Size, run.Face.SyntheticBold);
        if (run.AsOutlines)
        {
            DrawOutlines(run, font);
            return;
        }
        var builder = _textBuilder; // Build() leaves it empty for the next run
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        var rented = run.Glyphs.Length > 256 ? System.Buffers.ArrayPool<SKPoint>.Shared.Rent(run.Glyphs.Length) : null;
        var points = rented is null ? stackalloc SKPoint[run.Glyphs.Length] : rented.AsSpan(0, run.Glyphs.Length);
        for (var i = 0; i < points.Length; i++)
            points[i] = new SKPoint(run.X[i], run.Y[i]);
        buffer.SetPositions(points);
        if (rented is not null)
            System.Buffers.ArrayPool<SKPoint>.Shared.Return(rented);
        buffer.SetText(run.Utf8);
        buffer.SetClusters(run.Clusters);
        using var blob = builder.Build();
        if (blob is null)
            return;
        var paint = _textPaint;
        paint.Color = ToSk(run.Color, run.Opacity);
        if (run.Rotation != 0)
        {
            canvas.Save();
            canvas.RotateDegrees(run.Rotation, run.PivotX, run.PivotY);
            canvas.DrawText(blob, 0, 0, paint);
            canvas.Restore();
        }
        else
        {
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    private SKFont Font(SKTypeface typeface, float size, bool embolden)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
            _fonts[(typeface, size)] = font = new SKFont(typeface, size)
            {
                Subpixel = true, Edging = SKFontEdging.SubpixelAntialias, Hinting = SKFontHinting.None,
                Embolden = embolden, // a synthetic bold face has its own typeface, so the cache key stays right
            };
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        _textBuilder.Dispose();
        _textPaint.Dispose();
    }

    private void DrawOutlines(GlyphRun run, SKFont font)
    {
        using var paint = new SKPaint { Color = ToSk(run.Color, run.Opacity), IsAntialias = true };
        canvas.Save();
        canvas.RotateDegrees(run.Rotation, run.PivotX, run.PivotY);
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            using var glyph = font.GetGlyphPath(run.Glyphs[i]);
            if (glyph is null)
                continue;
            canvas.Save();
            canvas.Translate(run.X[i], run.Y[i]);
            canvas.DrawPath(glyph, paint);
            canvas.Restore();
        }
        canvas.Restore();
    }

    public void Image(ImageData image, Box box)
    {
        var decoded = images.Get(image);
        if (decoded is null)
            return;
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(decoded, ToSk(box), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
    }

    public void SignatureField(Box box, string name, string description) { } // a picture has no form fields

    public void LinkUrl(Box box, string url) => canvas.DrawUrlAnnotation(ToSk(box), url);

    public void LinkDestination(Box box, string name) => canvas.DrawLinkDestinationAnnotation(ToSk(box), name);

    public void Destination(string name, float x, float y) =>
        canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), name);

    public void Bookmark(string title, int level, float y) { } // a raster image has no outline

    public void FillPath(VectorPath path, VectorPaint paint)
    {
        using var skPath = SkiaVectors.ToSk(path);
        using var skPaint = SkiaVectors.Paint(paint, path.Bounds);
        canvas.DrawPath(skPath, skPaint);
    }

    public void StrokePath(VectorPath path, VectorPaint paint, StrokeStyle stroke)
    {
        using var skPath = SkiaVectors.ToSk(path);
        using var skPaint = SkiaVectors.Paint(paint, path.Bounds);
        using var dash = SkiaVectors.ApplyStroke(skPaint, stroke);
        canvas.DrawPath(skPath, skPaint);
    }

    public void Save(float opacity = 1, Box? bounds = null)
    {
        if (opacity >= 1)
        {
            canvas.Save();
            return;
        }
        using var paint = new SKPaint { Color = new SKColor(0, 0, 0, (byte)Math.Round(255 * Math.Max(0, opacity))) };
        if (bounds is { } b)
            canvas.SaveLayer(ToSk(b), paint);
        else
            canvas.SaveLayer(paint);
    }

    public void Restore() => canvas.Restore();

    public void Concat(AffineTransform transform)
    {
        var matrix = SkiaVectors.ToSk(transform);
        canvas.Concat(in matrix);
    }

    public void ClipPath(VectorPath path)
    {
        using var skPath = SkiaVectors.ToSk(path);
        canvas.ClipPath(skPath, SKClipOperation.Intersect, antialias: true);
    }
}

/// <summary>Decodes each image once per render (PNG, JPEG); images Skia cannot decode (SVG), and images the
/// <see cref="ImageInspector"/> refused (a header that lies, more pixels than the cap), give null.</summary>
internal sealed class ImageCache(ImageInspector? inspector = null) : IDisposable
{
    private readonly Dictionary<ImageData, SKImage?> _images = new(ReferenceEqualityComparer.Instance);
    private readonly ImageInspector _inspector = inspector ?? new ImageInspector();

    public SKImage? Get(ImageData image)
    {
        if (!_images.TryGetValue(image, out var decoded))
        {
            decoded = image.Format == ImageFormat.Svg || _inspector.Inspect(image).Problem is not null
                ? null : SKImage.FromEncodedData(image.Bytes);
            _images[image] = decoded;
        }
        return decoded;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
            image?.Dispose();
    }
}
