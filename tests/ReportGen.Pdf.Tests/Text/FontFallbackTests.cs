using ReportGen.Pdf.Text;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Text;

public class FontFallbackTests
{
    [Fact]
    public void Only_fonts_with_truetype_outlines_are_used_for_fallback()
    {
        Assert.True(TrueTypeOutlines.Has(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")));
        var cff = Directory.EnumerateFiles("/usr/share/fonts", "*.otf", SearchOption.AllDirectories).FirstOrDefault();
        if (cff is not null)
            Assert.False(TrueTypeOutlines.Has(File.ReadAllBytes(cff)), cff);
        Assert.False(TrueTypeOutlines.Has("OTTO\0\0\0\0\0\0\0\0"u8));
        Assert.False(TrueTypeOutlines.Has([1, 2, 3]));
    }

    [Fact]
    public void A_font_directory_supplies_characters_the_shipped_fonts_lack()
    {
        // JetBrains Mono (installed here, TrueType) stands in for a user's font: find a character it has and the
        // shipped Liberation and DejaVu faces lack.
        var folder = Directory.CreateTempSubdirectory("reportgen-fonts-");
        try
        {
            var userFont = Path.Combine(folder.FullName, "UserFont.ttf");
            File.Copy("/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf", userFont);
            using var candidate = new FontFace("user", File.ReadAllBytes(userFont));
            using var fonts = new FontLibrary([folder.FullName]);
            var codePoint = Enumerable.Range(0x2000, 0xE000).First(cp => candidate.Covers(cp)
                && !fonts.Get(FontRole.Regular).Covers(cp) && fonts.Resolve(FontRole.Regular, cp)?.Name == "UserFont");

            using var writer = new PdfWriter(new PdfWriterOptions { FontDirectories = [folder.FullName] });
            var document = ReportFixtures.Typical() with { Blocks = [Md.P($"status {char.ConvertFromUtf32(codePoint)} ok")] };
            using var stream = new MemoryStream();
            var result = writer.Write(document, stream);
            Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("no available font"));
            Assert.Contains("JetBrainsMono", PdfTools.Fonts(stream.ToArray())); // the user font is embedded
            PdfAssert.FontsEmbeddedSubsetNoType3(stream.ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
