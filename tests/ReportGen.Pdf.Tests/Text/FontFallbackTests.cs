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
        Assert.True(TrueTypeOutlines.Has(File.ReadAllBytes(Path.Combine(RepoPaths.ShippedFonts, "DejaVuSans.ttf"))));
        Assert.True(TrueTypeOutlines.Has(File.ReadAllBytes(TestFonts.Glyphs)));
        Assert.False(TrueTypeOutlines.Has("OTTO\0\0\0\0\0\0\0\0"u8));
        Assert.False(TrueTypeOutlines.Has([1, 2, 3]));
    }

    [Fact]
    public void A_font_directory_supplies_characters_the_shipped_fonts_lack()
    {
        // The test font (kept in the repository, TrueType) stands in for a user's font: find a character it has and
        // the shipped faces lack.
        var folder = Directory.CreateTempSubdirectory("reportgen-fonts-");
        try
        {
            var userFont = Path.Combine(folder.FullName, "UserFont.ttf");
            File.Copy(TestFonts.Glyphs, userFont);
            using var candidate = new FontFace("user", File.ReadAllBytes(userFont));
            using var fonts = new FontLibrary([folder.FullName]);
            var codePoint = Enumerable.Range(0x2000, 0xE000).First(cp => candidate.Covers(cp)
                && !fonts.Get(FontRole.Regular).Covers(cp) && fonts.Resolve(FontRole.Regular, cp)?.Name == "UserFont");

            using var writer = new PdfWriter(new PdfWriterOptions { FontDirectories = [folder.FullName] });
            var document = ReportFixtures.Typical() with { Blocks = [Md.P($"status {char.ConvertFromUtf32(codePoint)} ok")] };
            using var stream = new MemoryStream();
            var result = writer.Write(document, stream);
            Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("no available font"));
            Assert.Contains(TestFonts.GlyphsPostScriptName, PdfTools.Fonts(stream.ToArray())); // the user font is embedded
            PdfAssert.FontsEmbeddedSubsetNoType3(stream.ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_font_directory_comes_before_the_system_fonts()
    {
        // The same font in a --font-dir folder and in a system folder: the user's copy (named by its file) wins.
        var user = Directory.CreateTempSubdirectory("reportgen-user-fonts-");
        var system = Directory.CreateTempSubdirectory("reportgen-system-fonts-");
        try
        {
            File.Copy(TestFonts.Glyphs, Path.Combine(user.FullName, "UserFont.ttf"));
            File.Copy(TestFonts.Glyphs, Path.Combine(system.FullName, "SystemFont.ttf"));
            using var fonts = new FontLibrary([user.FullName], [system.FullName]);
            Assert.Equal("UserFont", fonts.Resolve(FontRole.Regular, TestFonts.Arrow)?.Name);

            using var systemOnly = new FontLibrary([], [system.FullName]);
            Assert.Equal("SystemFont", systemOnly.Resolve(FontRole.Regular, TestFonts.Arrow)?.Name);
        }
        finally
        {
            user.Delete(recursive: true);
            system.Delete(recursive: true);
        }
    }
}
