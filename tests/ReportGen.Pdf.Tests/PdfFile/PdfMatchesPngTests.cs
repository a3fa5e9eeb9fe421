using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>The PDF writer and the PNG page renderer replay the same recorded pages, one through our PDF file
/// writer and a viewer (poppler), the other through Skia's rasteriser. If the PDF put anything in the wrong place,
/// size or colour, the two pictures of a page would disagree.</summary>
public class PdfMatchesPngTests
{
    private const int Dpi = 72;

    // Two rasterisers antialias and weight text differently: pictures are compared as 5x5 neighbourhood averages.
    // Measured on the typical report at 72 dpi: 0.04 % of pixels differ by more than 48 in a channel; the same
    // pages shifted by one point: 0.31 %, by two points: 1.0 %.
    private const double Limit = 0.0015;

    [Fact]
    public void Every_page_of_the_typical_report_looks_the_same_in_the_pdf_as_in_the_png_pages()
    {
        var document = ReportFixtures.Typical();
        var pdf = SharedWriter.Pdf(document);
        var pngs = SharedWriter.Instance.RenderPngPages(document, Dpi);
        var viewed = PdfTools.Pages(pdf, Dpi);
        Assert.Equal(pngs.Count, viewed.Count);
        for (var page = 0; page < pngs.Count; page++)
        {
            using var expected = SKBitmap.Decode(pngs[page]);
            using var actual = viewed[page];
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            var differing = DifferingFraction(expected, actual, shift: 0);
            if (differing >= Limit)
            {
                File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, $"pdf-vs-png-{page + 1}.expected.png"), pngs[page]);
                using var data = actual.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, $"pdf-vs-png-{page + 1}.actual.png"), data.ToArray());
            }
            Assert.True(differing < Limit, $"page {page + 1}: {differing:P3} of pixels differ (files in {SharedWriter.ArtifactDirectory})");
            if (page == 0) // the comparison can fail: two points off is well over the limit
                Assert.True(DifferingFraction(expected, actual, shift: 2) > 3 * Limit);
        }
    }

    /// <summary>The share of pixels whose 5x5 neighbourhood averages differ by more than 48 in any channel, with
    /// <paramref name="shift"/> pixels of horizontal offset between the pictures.</summary>
    private static double DifferingFraction(SKBitmap a, SKBitmap b, int shift)
    {
        var left = Channels(a);
        var right = Channels(b);
        int width = a.Width, height = a.Height, count = 0;
        for (var y = 2; y < height - 2; y++)
            for (var x = 4; x < width - 4; x++)
            {
                var worst = 0;
                for (var channel = 0; channel < 3; channel++)
                {
                    int sumA = 0, sumB = 0;
                    for (var dy = -2; dy <= 2; dy++)
                        for (var dx = -2; dx <= 2; dx++)
                        {
                            sumA += left[((y + dy) * width + x + dx) * 3 + channel];
                            sumB += right[((y + dy) * width + x + dx - shift) * 3 + channel];
                        }
                    worst = Math.Max(worst, Math.Abs(sumA - sumB) / 25);
                }
                if (worst > 48)
                    count++;
            }
        return count / (double)(width * height);
    }

    private static byte[] Channels(SKBitmap bitmap)
    {
        var channels = new byte[bitmap.Width * bitmap.Height * 3];
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var at = (y * bitmap.Width + x) * 3;
                (channels[at], channels[at + 1], channels[at + 2]) = (c.Red, c.Green, c.Blue);
            }
        return channels;
    }
}
