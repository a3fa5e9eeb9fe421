using System.Diagnostics;
using System.Text;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.PdfFile;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>One shape with a gradient paint, under a user transform, on a page of its own.</summary>
internal sealed record GradientShape(VectorPath Path, VectorPaint Paint, AffineTransform User, StrokeStyle? Stroke = null);

/// <summary>An RGB raster (from poppler or Skia) with the page's point coordinates for sampling.</summary>
internal sealed class Raster(int width, int height, byte[] rgb, double pixelsPerPoint)
{
    public int Width => width;
    public int Height => height;

    /// <summary>The colour at a point of the page (y down, as the engine draws).</summary>
    public (int R, int G, int B) At(double x, double y)
    {
        var px = Math.Clamp((int)(x * pixelsPerPoint), 0, width - 1);
        var py = Math.Clamp((int)(y * pixelsPerPoint), 0, height - 1);
        var i = (py * width + px) * 3;
        return (rgb[i], rgb[i + 1], rgb[i + 2]);
    }

    public (int R, int G, int B) Pixel(int px, int py)
    {
        var i = (py * width + px) * 3;
        return (rgb[i], rgb[i + 1], rgb[i + 2]);
    }
}

/// <summary>Draws gradient shapes onto a page the way PdfCanvas does (the page flip first, then each shape's user
/// transform in a saved state, its paint set by <see cref="PdfGradients"/> under the page's flip), writes a
/// one-page PDF, and rasterises it with poppler; the same shapes drawn by Skia (the PNG renderer's code) are the
/// reference.</summary>
internal static class GradientTestKit
{
    public const float PageWidth = 200, PageHeight = 150;

    public static byte[] WritePdf(params GradientShape[] shapes)
    {
        var file = new PdfFileBuilder();
        var context = new PdfDocumentContext(file);
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var page = file.Reserve();
        var info = file.Reserve();
        var content = new ContentStream();
        content.Transform(1, 0, 0, -1, 0, PageHeight);
        foreach (var shape in shapes)
        {
            content.SaveState();
            content.Transform(shape.User);
            if (context.Gradients.Set(content, shape.User.Then(new AffineTransform(1, 0, 0, -1, 0, PageHeight)), shape.Paint, shape.Stroke, shape.Path))
            {
                if (shape.Stroke is not null)
                    StrokeStyles.Apply(content, shape.Stroke);
                PathWriter.Write(content, shape.Path);
                if (shape.Stroke is null)
                    content.Fill(shape.Path.FillRule);
                else
                    content.Stroke();
            }
            content.RestoreState();
        }
        var contents = file.Reserve();
        file.Stream(contents, default, content.Bytes.Span);
        context.Resources.Write();
        file.Object(page, Ascii($"<</Type/Page/Parent {pages} 0 R/MediaBox[0 0 {PageWidth} {PageHeight}]/Resources {context.Resources.ObjectNumber} 0 R/Contents {contents} 0 R>>"));
        file.Object(pages, Ascii($"<</Type/Pages/Kids[{page} 0 R]/Count 1>>"));
        file.Object(catalog, Ascii($"<</Type/Catalog/Pages {pages} 0 R>>"));
        file.Object(info, Ascii("<</Producer(gradient tests)>>"));
        return file.Finish(catalog, info);
    }

    /// <summary>The page as poppler draws it at <paramref name="dpi"/>.</summary>
    public static Raster Poppler(byte[] pdf, int dpi = 144)
    {
        var directory = Directory.CreateTempSubdirectory("reportgen-gradient-").FullName;
        try
        {
            var input = Path.Combine(directory, "page.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", input, Path.Combine(directory, "page") })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && error.Length == 0, "pdftoppm: " + error);
            return Ppm(File.ReadAllBytes(Path.Combine(directory, "page.ppm")), dpi / 72.0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The same shapes drawn by Skia on white, as the PNG renderer draws them; saved as a PNG at
    /// <paramref name="pngPath"/> when given, to look at next to the PDF.</summary>
    public static Raster Skia(int dpi, string? pngPath, params GradientShape[] shapes)
    {
        var scale = dpi / 72f;
        int width = (int)Math.Round(PageWidth * scale), height = (int)Math.Round(PageHeight * scale);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            foreach (var shape in shapes)
            {
                canvas.Save();
                var user = SkiaVectors.ToSk(shape.User);
                canvas.Concat(in user);
                using var path = SkiaVectors.ToSk(shape.Path);
                using var paint = SkiaVectors.Paint(shape.Paint, shape.Path.Bounds);
                using var dash = shape.Stroke is null ? null : SkiaVectors.ApplyStroke(paint, shape.Stroke);
                canvas.DrawPath(path, paint);
                canvas.Restore();
            }
        }
        if (pngPath is not null)
        {
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(pngPath, data.ToArray());
        }
        var rgb = new byte[width * height * 3];
        var pixels = bitmap.Bytes;
        for (var i = 0; i < width * height; i++)
            (rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]) = (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]);
        return new Raster(width, height, rgb, scale);
    }

    /// <summary>The share of pixels whose colours differ by more than <paramref name="tolerance"/> in any channel
    /// (anti-aliased edges differ a little between renderers; gradient interiors must not).</summary>
    public static double DifferentShare(Raster a, Raster b, int tolerance)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var different = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.Pixel(x, y), b.Pixel(x, y));
                if (Math.Abs(p.R - q.R) > tolerance || Math.Abs(p.G - q.G) > tolerance || Math.Abs(p.B - q.B) > tolerance)
                    different++;
            }
        }
        return (double)different / (a.Width * a.Height);
    }

    public static void Near((int R, int G, int B) expected, (int R, int G, int B) actual, int tolerance, string where)
    {
        Assert.True(Math.Abs(expected.R - actual.R) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance &&
                    Math.Abs(expected.B - actual.B) <= tolerance, $"{where}: expected {expected}, got {actual}");
    }

    public static VectorPath Rect(float x, float y, float width, float height) => new VectorPathBuilder()
        .MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close().Build();

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>A binary PPM (P6, maxval 255) as poppler writes it.</summary>
    private static Raster Ppm(byte[] data, double pixelsPerPoint)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[at]))
                at++;
            var start = at;
            while (!char.IsWhiteSpace((char)data[at]))
                at++;
            return Encoding.ASCII.GetString(data, start, at - start);
        }
        Assert.Equal("P6", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        at++; // the single whitespace byte before the pixels
        return new Raster(width, height, data.AsSpan(at, width * height * 3).ToArray(), pixelsPerPoint);
    }
}
