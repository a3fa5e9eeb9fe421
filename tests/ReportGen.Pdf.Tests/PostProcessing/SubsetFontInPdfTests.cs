using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>The subset font as Skia's PDF backend embeds it, checked with poppler's tools.</summary>
public sealed class SubsetFontInPdfTests
{
    private static readonly string[][] Pages =
    [
        ["INC-2041 Checkout latency spike (SEV-1)", "Root cause: a config change shrank the pool."],
        ["Action items — roll back; add alerting @ 2x baseline", "Impact ~ 12,400 users, 37% errors"],
    ];

    [Fact]
    public void Pdf_drawn_with_the_subset_embeds_a_truetype_font_and_extracts_the_text()
    {
        byte[] fullBytes = File.ReadAllBytes(SamplePdf.RegularFontPath);
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(fullBytes));
        using SKTypeface subset = SubsetFor(fullBytes, full);

        byte[] pdf = SamplePdf.Render(full, subset, Pages);

        string fontLine = Assert.Single(FontLines(pdf));
        Assert.Contains("CID TrueType", fontLine);
        Assert.DoesNotContain("Type 3", fontLine);
        Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", fontLine); // embedded, subset flag, ToUnicode
        string text = PdfTools.Text(pdf);
        foreach (string line in Pages.SelectMany(page => page))
        {
            Assert.Contains(line, text);
        }
    }

    [Fact]
    public void Pdf_with_the_subset_is_far_smaller_than_with_the_whole_font()
    {
        byte[] fullBytes = File.ReadAllBytes(SamplePdf.RegularFontPath);
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(fullBytes));
        using SKTypeface subset = SubsetFor(fullBytes, full);

        byte[] withFull = SamplePdf.Render(full, full, Pages);
        byte[] withSubset = SamplePdf.Render(full, subset, Pages);

        Assert.True(withSubset.Length * 8 < withFull.Length, $"subset PDF {withSubset.Length} B vs whole-font PDF {withFull.Length} B");
        Assert.Equal(withSubset, SamplePdf.Render(full, subset, Pages)); // deterministic end to end
    }

    [Fact]
    public void Skia_tags_each_embedded_font_with_its_own_subset_prefix()
    {
        // Skia names embedded fonts AAAAAA+, BAAAAA+, ... in the order it meets them, whether or not the font
        // program is really a subset; with FontSubsetter the "sub" column that pdffonts shows becomes true.
        byte[] regularBytes = File.ReadAllBytes(SamplePdf.RegularFontPath);
        byte[] boldBytes = File.ReadAllBytes(SamplePdf.BoldFontPath);
        using SKTypeface regular = SKTypeface.FromData(SKData.CreateCopy(regularBytes));
        using SKTypeface bold = SKTypeface.FromData(SKData.CreateCopy(boldBytes));
        using SKTypeface regularSubset = SubsetFor(regularBytes, regular, "Regular text");
        using SKTypeface boldSubset = SubsetFor(boldBytes, bold, "Bold text");

        byte[] pdf = SamplePdf.Render([[
            new SamplePdf.Line("Regular text", regular, regularSubset),
            new SamplePdf.Line("Bold text", bold, boldSubset),
        ]]);

        string[] fonts = FontLines(pdf);
        Assert.Equal(2, fonts.Length);
        Assert.StartsWith("AAAAAA+LiberationSans ", fonts[0]);
        Assert.StartsWith("BAAAAA+LiberationSans-Bold ", fonts[1]);
        Assert.All(fonts, line => Assert.Contains("CID TrueType", line));
        Assert.Contains("Regular text", PdfTools.Text(pdf));
        Assert.Contains("Bold text", PdfTools.Text(pdf));
    }

    [Fact]
    public void Ligatures_shaped_with_the_full_font_draw_and_extract_exactly_with_the_subset()
    {
        // The subset drops GSUB, so this checks that glyph ids from shaping survive and text stays exact.
        const string text = "Office workflow efficiency fell; affluent \"fi\" and \"fl\" ligatures";
        ShapedSample shaped = ShapedSample.Shape(SamplePdf.LigatureFontPath, text, 14);
        Assert.True(shaped.Glyphs.Length < text.Length, "expected the font to form at least one ligature");
        byte[] fullBytes = File.ReadAllBytes(SamplePdf.LigatureFontPath);
        using SKTypeface subset = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(fullBytes, shaped.Glyphs)));

        byte[] pdf = shaped.RenderPdf(subset, 14);

        Assert.Equal(text, PdfTools.Text(pdf).Trim());
        Assert.Contains("CID TrueType", Assert.Single(FontLines(pdf)));
    }

    private static SKTypeface SubsetFor(byte[] fullBytes, SKTypeface full, params string[] extraText)
    {
        ushort[] glyphs = Pages.SelectMany(page => page).Concat(extraText)
            .SelectMany(line => SamplePdf.GlyphsFor(full, line)).Distinct().ToArray();
        return SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(fullBytes, glyphs)));
    }

    private static string[] FontLines(byte[] pdf) =>
        PdfTools.Fonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
}
