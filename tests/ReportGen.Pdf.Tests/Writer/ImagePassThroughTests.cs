using System.Diagnostics;
using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>Plain RGB PNG figures go into the PDF with their own compressed data; what a reader shows must be exactly
/// the file's pixels, and every other PNG is decoded once and stored as deflated RGB (with a soft mask for transparency).</summary>
public class ImagePassThroughTests
{
    private static ReportDocument WithFigure(params ImageData[] images) => new()
    {
        Settings = ReportFixtures.Settings(),
        Theme = new Theme(),
        Blocks =
        [
            new HeadingBlock(1, [new TextInline("Impact")], "impact"),
            .. images.Select((image, i) => (Block)new FigureBlock($"figures/{i}.png", $"Figure {i}", "A gradient", image)),
        ],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(3)] // IDAT split into several chunks, as large encoders write it
    public void An_rgb_png_is_stored_as_it_is_and_shows_exactly_its_pixels(int idatChunks)
    {
        var image = PngFiles.Gradient(301, 97, idatChunks: idatChunks, extraChunks: ("pHYs", new byte[9]));
        var pdf = SharedWriter.Pdf(WithFigure(image));

        // The PNG's own compressed data is in the file, read through PNG predictors (not Skia's re-encoding).
        Assert.Contains("/Predictor 15", Encoding.Latin1.GetString(pdf));
        Assert.True(pdf.AsSpan().IndexOf(PngPassThrough.TryRead(image)!.Zlib) > 0);
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var extracted = Assert.Single(ExtractImages(pdf));
        Assert.Equal((301, 97), (extracted.Width, extracted.Height));
        for (var y = 0; y < 97; y++)
            for (var x = 0; x < 301; x++)
                AssertSameColour(PngFiles.Pixel(x, y, 301, 97), extracted.GetPixel(x, y), x, y);
    }

    [Fact]
    public void Several_images_each_keep_their_own_pixels_and_output_stays_deterministic()
    {
        var document = WithFigure(PngFiles.Gradient(40, 30), PngFiles.Gradient(64, 20), PngFiles.Gradient(40, 30, colourType: 6));
        var pdf = SharedWriter.Pdf(document);
        Assert.Equal(pdf, SharedWriter.Pdf(document));
        var images = ExtractImages(pdf);
        Assert.Equal([(40, 30), (64, 20), (40, 30)], images.Select(i => (i.Width, i.Height)).ToArray());
        AssertSameColour(PngFiles.Pixel(39, 29, 40, 30), images[0].GetPixel(39, 29), 39, 29);
        AssertSameColour(PngFiles.Pixel(63, 19, 64, 20), images[1].GetPixel(63, 19), 63, 19);
    }

    [Fact]
    public void Only_plain_rgb_pngs_qualify()
    {
        Assert.NotNull(PngPassThrough.TryRead(PngFiles.Gradient(8, 8)));
        Assert.Null(PngPassThrough.TryRead(PngFiles.Gradient(8, 8, colourType: 6))); // alpha needs a soft mask
        Assert.Null(PngPassThrough.TryRead(PngFiles.Gradient(8, 8, extraChunks: ("gAMA", [0, 0, 0xB1, 0x8F]))));
        Assert.Null(PngPassThrough.TryRead(PngFiles.Gradient(8, 8, extraChunks: ("tRNS", [0, 1, 0, 2, 0, 3]))));
        var damaged = PngFiles.Gradient(8, 8);
        var bytes = (byte[])damaged.Bytes.Clone();
        bytes[^20] ^= 0x40; // inside the IDAT data: its CRC no longer matches
        Assert.Null(PngPassThrough.TryRead(damaged with { Bytes = bytes }));
        Assert.Null(PngPassThrough.TryRead(PngFiles.Gradient(8, 8) with { PixelWidth = 9 }));
    }

    [Fact]
    public void An_rgba_png_keeps_its_transparency_as_a_soft_mask()
    {
        var rgba = PngFiles.Gradient(40, 30, colourType: 6);
        var pdf = SharedWriter.Pdf(WithFigure(rgba));
        Assert.Contains("/SMask", Encoding.Latin1.GetString(pdf));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var list = PdfTools.Run("pdfimages", pdf, "-list", "{pdf}").Output;
        Assert.Contains(list.Split('\n'), line => line.Contains(" smask ") && line.Contains(" 40 ") && line.Contains(" 30 "));
        // The colour is stored unpremultiplied (a soft mask applies the alpha itself).
        var extracted = Assert.Single(ExtractImages(pdf)); // pdfimages writes the colour image only
        Assert.Equal((40, 30), (extracted.Width, extracted.Height));
        AssertSameColour(PngFiles.Pixel(39, 29, 40, 30), extracted.GetPixel(39, 29), 39, 29);
    }

    [Fact]
    public void Split_idat_chunks_are_joined_into_one_zlib_stream()
    {
        var whole = PngPassThrough.TryRead(PngFiles.Gradient(50, 40, idatChunks: 1))!;
        var split = PngPassThrough.TryRead(PngFiles.Gradient(50, 40, idatChunks: 4))!;
        Assert.Equal(whole.Zlib, split.Zlib);
    }

    /// <summary>Equal within one step per channel: poppler converts the image through the sRGB ICC profile Skia tags it
    /// with (the same profile as before), which rounds some values by one.</summary>
    private static void AssertSameColour(SKColor expected, SKColor actual, int x, int y) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= 1 && Math.Abs(expected.Green - actual.Green) <= 1
            && Math.Abs(expected.Blue - actual.Blue) <= 1, $"pixel ({x}, {y}) is {actual}, expected {expected}");

    /// <summary>The page images as <c>pdfimages -png</c> extracts them (colour only; soft masks skipped), in order.</summary>
    private static List<SKBitmap> ExtractImages(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("reportgen-pdfimages-").FullName;
        try
        {
            var path = Path.Combine(directory, "in.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo("pdfimages") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-png", path, Path.Combine(directory, "img") })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return Directory.GetFiles(directory, "img-*.png").Order(StringComparer.Ordinal)
                .Select(SKBitmap.Decode).Where(b => b.ColorType != SKColorType.Gray8 || b.Width == 0).ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
