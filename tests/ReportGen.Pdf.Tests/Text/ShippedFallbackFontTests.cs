using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.Text;

/// <summary>The shipped fallback fonts: every script and emoji of a global team's report prints on a machine with no
/// fonts at all, the same way on every machine, and a report that does not need them does not pay for them.</summary>
public sealed class ShippedFallbackFontTests : IDisposable
{
    private readonly PdfWriter _noSystemFonts = new(new PdfWriterOptions { SystemFontDirectories = [] });
    private readonly List<DirectoryInfo> _folders = [];

    public void Dispose()
    {
        _noSystemFonts.Dispose();
        foreach (var folder in _folders)
            folder.Delete(recursive: true);
    }

    private byte[] Pdf(PdfWriter writer, ReportDocument document, out WriteResult result)
    {
        using var stream = new MemoryStream();
        result = writer.Write(document, stream);
        return stream.ToArray();
    }

    private string Folder(params (string Name, string ShippedFont)[] fonts)
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-system-fonts-");
        _folders.Add(folder);
        foreach (var (name, shipped) in fonts)
            File.WriteAllBytes(Path.Combine(folder.FullName, name), ShippedFont(shipped));
        return folder.FullName;
    }

    private static byte[] ShippedFont(string file)
    {
        using var stream = typeof(PdfWriter).Assembly.GetManifestResourceStream("ReportGen.Pdf.Fonts." + file)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void Every_script_and_emoji_prints_on_a_machine_without_fonts_with_no_warning()
    {
        var pdf = Pdf(_noSystemFonts, ScriptFixtures.Global(), out var result);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "scripts.pdf"), pdf);

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("no available font"));
        var fonts = PdfTools.Fonts(pdf);
        foreach (var family in new[] { "NotoEmoji", "NotoSansJP", "NotoSansSC", "NotoSansKR", "NotoSansArabic",
                     "NotoSansHebrew", "NotoSansThai", "NotoSansDevanagari" })
            Assert.Contains("+" + family, fonts);
        PdfAssert.FontsEmbeddedSubsetNoType3(pdf);
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
    }

    [Fact]
    public void Every_character_is_drawn_with_a_real_glyph_including_the_timeline_figure_labels()
    {
        var layout = _noSystemFonts.Paginate(ScriptFixtures.Global());
        var runs = layout.Pages.SelectMany(p => p.Texts()).Select(t => t.Run).ToList();

        foreach (var run in runs)
            Assert.DoesNotContain((ushort)0, run.Glyphs); // glyph 0 is the empty box
        // The figure's first label, "🔥 Alert fires (田中 太郎)" at 7 pt, is drawn in three faces.
        Assert.Contains(runs, r => r.Size == 7f && Encoding.UTF8.GetString(r.Utf8) == "🔥" && r.Face.Name == "NotoEmoji-Regular");
        Assert.Contains(runs, r => r.Size == 7f && Encoding.UTF8.GetString(r.Utf8).Contains("田中") && r.Face.Name == "NotoSansSC-Regular");
    }

    [Fact]
    public void Extracted_text_gives_back_every_name_and_emoji()
    {
        var text = PdfTools.Text(Pdf(_noSystemFonts, ScriptFixtures.Global(), out _));

        // Arabic letters drawn as a base and dots are spans of their own text: the name comes back in reading order.
        foreach (var expected in new[] { ScriptFixtures.Japanese, ScriptFixtures.JapaneseSentence, ScriptFixtures.Chinese,
                     ScriptFixtures.Korean, ScriptFixtures.Thai, ScriptFixtures.Devanagari, ScriptFixtures.Arabic,
                     ScriptFixtures.Hebrew, "✅", "🔥", "👍", "東京", "서울" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void System_fonts_covering_the_same_characters_change_no_byte()
    {
        // A machine with CJK, emoji and Arabic fonts installed (fonts-noto-cjk, fonts-droid-fallback and the like),
        // simulated with copies of fonts under other names: the shipped fonts come first, so the PDF is the same.
        var installed = Folder(("DroidSansFallbackFull.ttf", "NotoSansKR-Regular.ttf"), ("SystemEmoji.ttf", "NotoEmoji-Regular.ttf"),
            ("SystemArabic.ttf", "NotoSansArabic-Regular.ttf"), ("SystemSymbols.ttf", "DejaVuSans.ttf"));
        using var withFonts = new PdfWriter(new PdfWriterOptions { SystemFontDirectories = [installed] });

        var bare = Pdf(_noSystemFonts, ScriptFixtures.Global(), out _);
        var rich = Pdf(withFonts, ScriptFixtures.Global(), out _);

        Assert.Equal(bare, rich);
        Assert.DoesNotContain("System", PdfTools.Fonts(rich));
        Assert.DoesNotContain("Droid", PdfTools.Fonts(rich));
    }

    [Fact]
    public void Only_characters_no_shipped_font_has_reach_the_system_fonts_and_are_named_when_none_has_them()
    {
        // U+E0B0 (a Powerline arrow) is in the test font and in no shipped font.
        var folder = Directory.CreateTempSubdirectory("reportgen-system-fonts-");
        _folders.Add(folder);
        File.Copy(TestFonts.Glyphs, Path.Combine(folder.FullName, "Installed.ttf"));
        using var withFont = new FontLibrary([], [folder.FullName]);
        Assert.Equal("Installed", withFont.Resolve(FontRole.Regular, 0xE0B0)?.Name);
        Assert.Equal("NotoSansSC-Regular", withFont.Resolve(FontRole.Regular, '王')?.Name);

        var document = ScriptFixtures.Global() with { Blocks = [Md.P("arrow \uE0B0 and 王伟 🔥")] };
        Pdf(_noSystemFonts, document, out var result);
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("no available font")).Message;
        Assert.Contains("U+E0B0", warning);
        Assert.DoesNotContain("U+738B", warning); // 王
        Assert.DoesNotContain("U+1F525", warning); // 🔥
    }

    [Fact]
    public void A_report_without_other_scripts_loads_and_embeds_no_fallback_font()
    {
        using var writer = new PdfWriter(new PdfWriterOptions { SystemFontDirectories = [] });
        var pdf = Pdf(writer, ReportFixtures.Typical(), out _);

        // Liberation and, for the symbols of the typical report (→, ↪), DejaVu Sans: nothing else.
        Assert.All(writer.Fonts.AllLoaded(), face => Assert.Matches("^(Liberation|DejaVu)", face.Name));
        Assert.DoesNotContain("Noto", PdfTools.Fonts(pdf));

        Pdf(writer, ReportFixtures.Typical() with { Blocks = [Md.P("Commander 王伟")] }, out _);
        var loaded = writer.Fonts.AllLoaded().Select(f => f.Name).ToList();
        Assert.Contains("NotoSansSC-Regular", loaded);
        Assert.DoesNotContain("NotoSansJP-Regular", loaded);
        Assert.DoesNotContain("NotoSansKR-Regular", loaded);
        Assert.DoesNotContain("NotoEmoji-Regular", loaded);
    }

    [Fact]
    public void A_few_cjk_names_grow_the_pdf_by_their_subset_only()
    {
        var plain = ReportFixtures.Typical(draft: false);
        var named = plain with
        {
            Blocks = [.. plain.Blocks, Md.P($"Reviewed by {ScriptFixtures.Japanese}, {ScriptFixtures.Chinese} and {ScriptFixtures.Korean}.")],
        };
        var before = Pdf(_noSystemFonts, plain, out _).Length;
        var after = Pdf(_noSystemFonts, named, out _).Length;

        // Three faces with a handful of glyphs each: kilobytes, where the fonts themselves are 5-10 MB.
        Assert.InRange(after - before, 1, 24_000);
    }

    [Fact]
    public void A_line_with_another_script_is_as_tall_as_a_latin_line()
    {
        var breaker = new LineBreaker(_noSystemFonts.Fonts, new MissingCharacters());
        var style = new TextStyle(FontRole.Regular, 10, new RgbColor(0, 0, 0));
        float Height(string text) => Assert.Single(breaker.Break([new TextSpan(text, style)], 500, new TextOptions())).Height;

        var latin = Height("Reviewed by Maya Chen");
        Assert.Equal(latin, Height($"Reviewed by {ScriptFixtures.Arabic}"), 0.01f);
        Assert.Equal(latin, Height($"Reviewed by {ScriptFixtures.Japanese}"), 0.01f);
        Assert.Equal(latin, Height($"Reviewed by {ScriptFixtures.Thai}"), 0.01f);
    }

    [Fact]
    public void Bold_cjk_text_is_drawn_emboldened_and_bold_arabic_uses_the_bold_face()
    {
        var fonts = _noSystemFonts.Fonts;
        Assert.True(fonts.Resolve(FontRole.Bold, '王')!.SyntheticBold);
        Assert.False(fonts.Resolve(FontRole.Regular, '王')!.SyntheticBold);
        Assert.Equal("NotoSansArabic-Bold", fonts.Resolve(FontRole.Bold, 'ل')?.Name);
        Assert.Equal("NotoEmoji-Regular", fonts.Resolve(FontRole.Bold, 0x1F525)?.Name);

        string Content(Inline name) => Encoding.Latin1.GetString(PdfTools.Rewrite(
            Pdf(_noSystemFonts, ReportFixtures.Typical() with { Blocks = [Md.P(name)] }, out _), "--qdf", "--object-streams=disable"));
        Assert.Contains("2 Tr", Content(Md.B(Md.T("王伟")))); // filled and stroked
        Assert.DoesNotContain("2 Tr", Content(Md.T("王伟")));
    }
}
