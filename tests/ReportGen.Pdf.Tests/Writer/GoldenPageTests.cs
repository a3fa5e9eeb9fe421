using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>Compares rendered pages with reviewed images. On a mismatch the actual image is written next to the
/// expected one (<c>*.actual.png</c>) for a person to look at; set REPORTGEN_UPDATE_GOLDEN=1 to accept new images.</summary>
public class GoldenPageTests
{
    private const double Dpi = 40;
    /// <summary>Share of pixels allowed to differ noticeably (anti-aliasing differences between machines).</summary>
    private const double Tolerance = 0.004;

    public static TheoryData<string, int> Pages => new() { { "typical", 0 }, { "typical", 1 }, { "typical", 4 }, { "stress", 0 } };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_looks_like_the_reviewed_image(string document, int page)
    {
        var doc = document == "typical" ? ReportFixtures.Typical() : StressFixtures.Stress();
        var actual = SharedWriter.Instance.RenderPngPages(doc, Dpi)[page];
        var expectedPath = Path.Combine(GoldenDirectory(), $"{document}-p{page + 1}.png");
        var actualPath = Path.ChangeExtension(expectedPath, ".actual.png");
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllBytes(expectedPath, actual);
        Assert.True(File.Exists(expectedPath), $"no golden image {expectedPath}; run with REPORTGEN_UPDATE_GOLDEN=1 after reviewing");

        var difference = Difference(File.ReadAllBytes(expectedPath), actual);
        if (difference > Tolerance)
            File.WriteAllBytes(actualPath, actual);
        else if (File.Exists(actualPath))
            File.Delete(actualPath);
        Assert.True(difference <= Tolerance,
            $"{difference:P2} of pixels differ from {expectedPath}; the actual page is at {actualPath}");
    }

    private static double Difference(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
            return 1;
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) > 96)
                    differing++;
            }
        return differing / (double)(expected.Width * expected.Height);
    }

    /// <summary>The Golden folder in the source tree (not the build output), so updates land in git.</summary>
    private static string GoldenDirectory() => RepoPaths.Under("tests", "ReportGen.Pdf.Tests", "Golden");
}
