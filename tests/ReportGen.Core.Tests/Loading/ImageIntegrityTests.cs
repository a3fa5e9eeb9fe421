using System.Buffers.Binary;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>Validation checks the figure bytes that will be embedded: a PNG's chunks, header and compressed data
/// (decompressed as a stream, never held whole), a JPEG's markers, and a pixel cap. Every problem is an error at
/// the figure's path line (line 11, column 13 here).</summary>
public class ImageIntegrityTests
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    private static string WithFigure(string path) => Minimal + $"""
        impact:
          figures:
            - title: Chart
              path: {path}

        """;

    private static Diagnostic OnlyProblem(byte[] image, LoadOptions? options = null, string name = "chart.png")
    {
        using var dir = new TempFolder();
        dir.WriteBytes(name, image);
        var result = Load(WithFigure(name), dir.Path, options);
        var d = Assert.Single(result.Diagnostics);
        AssertAt(d, E, 11, 13, "impact.figures[0].path", "");
        return d;
    }

    private static LoadResult LoadWith(byte[] image, LoadOptions? options = null, string name = "chart.png")
    {
        using var dir = new TempFolder();
        dir.WriteBytes(name, image);
        return Load(WithFigure(name), dir.Path, options);
    }

    [Fact]
    public void A_tiny_png_claiming_60000_by_60000_pixels_is_refused_naming_the_limit_and_the_option()
    {
        var png = TestImages.Png(TestImages.Header(60000, 60000), TestImages.Zlib([0]));
        Assert.True(png.Length < 80, $"{png.Length} bytes");
        var d = OnlyProblem(png);
        Assert.Equal("figure 'chart.png' is 60000×60000 pixels (3,600 megapixels), over the limit of 50 megapixels", d.Message);
        Assert.Contains("--max-image-pixels", d.Hint);
    }

    [Fact]
    public void A_real_30000_by_30000_png_is_refused_by_the_pixel_cap_and_accepted_when_the_cap_is_raised()
    {
        // 1-bit greyscale, all zeros: 112 MB of pixel data in ~110 KB of file. Validation never holds the pixels.
        var png = TestImages.Png(TestImages.Header(30000, 30000, bitDepth: 1, colourType: 0), TestImages.ZlibOfZeroRows(3750, 30000), 65536);
        var d = OnlyProblem(png);
        Assert.StartsWith("figure 'chart.png' is 30000×30000 pixels (900 megapixels), over the limit of 50 megapixels", d.Message);
        Assert.Empty(LoadWith(png, new LoadOptions { MaxImagePixels = 1_000_000_000 }).Diagnostics);
    }

    [Fact]
    public void A_small_cap_is_shown_in_pixels()
    {
        var d = OnlyProblem(TestImages.Png(240, 120), new LoadOptions { MaxImagePixels = 10_000 });
        Assert.Equal("figure 'chart.png' is 240×120 pixels (28,800 pixels), over the limit of 10,000 pixels", d.Message);
    }

    [Fact]
    public void A_valid_png_in_many_idat_chunks_passes()
    {
        var png = TestImages.Png(TestImages.Header(300, 200), TestImages.Zlib(TestImages.Rows(300, 200, 3)), idatChunk: 7);
        Assert.Empty(LoadWith(png).Diagnostics);
    }

    [Fact]
    public void Interlaced_and_palette_pngs_of_the_right_size_pass()
    {
        // Adam7 pass sizes for 10x10 RGB: (2,2),(1,2),(3,1),(2,3)... computed the long way in the test helper below.
        var interlaced = TestImages.Png(TestImages.Header(10, 10, interlace: 1), TestImages.Zlib(new byte[Adam7Bytes(10, 10, 3)]));
        Assert.Empty(LoadWith(interlaced).Diagnostics);
        using var png = new MemoryStream();
        png.Write(TestImages.Signature);
        TestImages.WriteChunk(png, "IHDR", TestImages.Header(16, 4, bitDepth: 4, colourType: 3));
        TestImages.WriteChunk(png, "PLTE", new byte[3 * 16]);
        TestImages.WriteChunk(png, "IDAT", TestImages.Zlib(new byte[4 * (1 + 8)]));
        TestImages.WriteChunk(png, "IEND", []);
        Assert.Empty(LoadWith(png.ToArray()).Diagnostics);
    }

    [Fact]
    public void Garbage_image_data_is_caught()
    {
        var garbage = new byte[400];
        new Random(7).NextBytes(garbage);
        var d = OnlyProblem(TestImages.Png(TestImages.Header(100, 100), garbage));
        Assert.Equal("figure file 'chart.png' is damaged: the PNG image data does not decompress", d.Message);
        Assert.Contains("export the image again", d.Hint);
    }

    [Fact]
    public void Image_data_shorter_than_the_header_says_is_caught()
    {
        var d = OnlyProblem(TestImages.Png(TestImages.Header(100, 100), TestImages.Zlib(TestImages.Rows(100, 99, 3))));
        Assert.Equal("figure file 'chart.png' is damaged: the PNG image data holds 29,799 bytes, but a 100×100 RGB image needs 30,100", d.Message);
    }

    [Fact]
    public void Image_data_longer_than_the_header_says_is_caught()
    {
        var d = OnlyProblem(TestImages.Png(TestImages.Header(100, 100), TestImages.Zlib(TestImages.Rows(100, 101, 3))));
        Assert.Equal("figure file 'chart.png' is damaged: the PNG image data holds more than the 30,100 bytes a 100×100 RGB image needs", d.Message);
    }

    [Fact]
    public void A_bad_row_filter_is_caught()
    {
        var rows = TestImages.Rows(10, 10, 3);
        rows[5 * 31] = 9;
        var d = OnlyProblem(TestImages.Png(TestImages.Header(10, 10), TestImages.Zlib(rows)));
        Assert.Equal("figure file 'chart.png' is damaged: row 6 of the PNG image data has filter type 9 (0 to 4 exist)", d.Message);
    }

    [Fact]
    public void A_checksum_mismatch_names_the_chunk()
    {
        var png = TestImages.Png(40, 30);
        var idat = TestImages.ChunkOffset(png, "IDAT");
        png[idat + 10] ^= 0x55;
        var d = OnlyProblem(png);
        Assert.Equal($"figure file 'chart.png' is damaged: the PNG chunk IDAT at byte {idat} fails its checksum (CRC)", d.Message);
    }

    [Fact]
    public void A_png_cut_short_is_caught()
    {
        var png = TestImages.Png(40, 30);
        var d = OnlyProblem(png[..(TestImages.ChunkOffset(png, "IDAT") + 20)]);
        Assert.StartsWith("figure file 'chart.png' is damaged: the PNG is cut short", d.Message);
    }

    [Fact]
    public void A_png_without_image_data_is_caught()
    {
        using var png = new MemoryStream();
        png.Write(TestImages.Signature);
        TestImages.WriteChunk(png, "IHDR", TestImages.Header(4, 4));
        TestImages.WriteChunk(png, "IEND", []);
        Assert.Equal("figure file 'chart.png' is damaged: the PNG holds no image data (no IDAT chunk)", OnlyProblem(png.ToArray()).Message);
    }

    [Theory]
    [InlineData(3, 2, "bit depth 3 is not allowed for colour type 2 (RGB)")]
    [InlineData(8, 5, "colour type 5 does not exist")]
    public void An_impossible_png_header_is_caught(byte bitDepth, byte colourType, string why)
    {
        var png = TestImages.Png(TestImages.Header(4, 4, bitDepth, colourType), TestImages.Zlib(new byte[4 * 13]));
        Assert.Equal($"figure file 'chart.png' is damaged: the PNG header is invalid: {why}", OnlyProblem(png).Message);
    }

    [Fact]
    public void A_palette_png_without_a_palette_is_caught()
    {
        var png = TestImages.Png(TestImages.Header(4, 4, 8, 3), TestImages.Zlib(new byte[4 * 5]));
        Assert.Equal("figure file 'chart.png' is damaged: the PNG uses a palette but has no PLTE chunk", OnlyProblem(png).Message);
    }

    [Fact]
    public void Real_baseline_and_progressive_jpegs_pass()
    {
        Assert.Empty(LoadWith(TestImages.BaselineJpeg, name: "a.jpg").Diagnostics);
        Assert.Empty(LoadWith(TestImages.ProgressiveJpeg, name: "b.jpg").Diagnostics);
    }

    [Fact]
    public void A_jpeg_cut_short_is_caught()
    {
        var jpeg = TestImages.BaselineJpeg;
        Assert.StartsWith("figure file 'a.jpg' is damaged: the JPEG is cut short",
            OnlyProblem(jpeg[..(jpeg.Length - 40)], name: "a.jpg").Message);
        Assert.StartsWith("figure file 'a.jpg' is damaged: the JPEG is cut short", OnlyProblem(jpeg[..300], name: "a.jpg").Message);
    }

    [Fact]
    public void A_jpeg_with_a_frame_header_but_no_scan_is_caught()
    {
        // SOI, SOF0 (16x8, one component), EOI: a header with nothing to show.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9];
        Assert.Equal("figure file 'a.jpg' is damaged: the JPEG holds no image data (no SOS scan)", OnlyProblem(jpeg, name: "a.jpg").Message);
    }

    [Fact]
    public void A_jpeg_frame_header_whose_length_disagrees_with_its_components_is_caught()
    {
        var jpeg = (byte[])TestImages.BaselineJpeg.Clone();
        var sof = Sof0(jpeg);
        jpeg[sof + 9] = 4; // four components declared, three written
        Assert.Equal("figure file 'a.jpg' is damaged: the JPEG frame header declares 4 components in a 17-byte segment (needs 20)",
            OnlyProblem(jpeg, name: "a.jpg").Message);
    }

    [Fact]
    public void A_lossless_jpeg_is_refused_because_pdf_readers_cannot_show_it()
    {
        var jpeg = (byte[])TestImages.BaselineJpeg.Clone();
        jpeg[Sof0(jpeg) + 1] = 0xC3;
        var d = OnlyProblem(jpeg, name: "a.jpg");
        Assert.Equal("figure file 'a.jpg' uses lossless JPEG coding (SOF3), which PDF readers cannot show", d.Message);
        Assert.Contains("baseline or progressive JPEG", d.Hint);
    }

    [Fact]
    public void A_jpeg_over_the_pixel_cap_is_refused()
    {
        var jpeg = (byte[])TestImages.BaselineJpeg.Clone();
        var sof = Sof0(jpeg);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), 60000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), 60000);
        Assert.StartsWith("figure 'a.jpg' is 60000×60000 pixels", OnlyProblem(jpeg, name: "a.jpg").Message);
    }

    /// <summary>Offset of the 0xFF of the SOF0 marker.</summary>
    private static int Sof0(byte[] jpeg)
    {
        for (var i = 2; i + 1 < jpeg.Length; i++)
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0) return i;
        throw new InvalidOperationException("no SOF0");
    }

    /// <summary>Bytes of Adam7-interlaced scanlines (filter byte included) for a width × height image.</summary>
    private static int Adam7Bytes(int width, int height, int bytesPerPixel)
    {
        (int X, int Y, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        var total = 0;
        foreach (var (x, y, dx, dy) in passes)
        {
            var w = (width - x + dx - 1) / dx;
            var h = (height - y + dy - 1) / dy;
            if (w > 0 && h > 0) total += h * (1 + w * bytesPerPixel);
        }
        return total;
    }
}
