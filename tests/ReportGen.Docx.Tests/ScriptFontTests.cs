using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>Runs in another script name the font the PDF draws them with (w:rFonts for every character class), so Word
/// and LibreOffice pick that face, or their closest, instead of a Latin font's empty boxes.</summary>
public class ScriptFontTests
{
    private static DocxFile Write(string language, params Block[] blocks) => DocxFile.Write(new ReportDocument
    {
        Settings = new DocumentSettings { Title = "🔥 東京 outage", HeaderRight = "🔥 東京 outage", Language = language },
        Theme = new Theme(),
        Blocks = blocks,
    });

    private static Run RunWith(DocxFile docx, string text) =>
        docx.Body.Descendants<Run>().Single(r => DocxFile.TextOf(r) == text);

    [Theory]
    [InlineData("田中 太郎", "en-US", "Noto Sans SC", "zh-CN")]
    [InlineData("田中 太郎", "ja-JP", "Noto Sans JP", "ja-JP")]
    [InlineData("김민준", "en-US", "Noto Sans KR", "ko-KR")]
    public void East_asian_runs_name_the_cjk_font_for_every_class_and_say_their_language(string name, string language,
        string family, string tag)
    {
        using var docx = Write(language, P($"Owner: {name}."));
        var fonts = RunWith(docx, name).RunProperties!.RunFonts!;

        Assert.Equal(family, fonts.EastAsia?.Value);
        Assert.Equal(family, fonts.Ascii?.Value);
        Assert.Equal(family, fonts.ComplexScript?.Value);
        Assert.Equal(FontTypeHintValues.EastAsia, fonts.Hint?.Value);
        Assert.Equal(tag, RunWith(docx, name).RunProperties!.Languages!.EastAsia?.Value);
        Assert.Null(RunWith(docx, "Owner: ").RunProperties); // Latin text stays in the styles' font
    }

    [Theory]
    [InlineData("ليلى حداد", "Noto Sans Arabic")]
    [InlineData("נועה לוי", "Noto Sans Hebrew")]
    [InlineData("สมชาย ใจดี", "Noto Sans Thai")]
    [InlineData("प्रिया शर्मा", "Noto Sans Devanagari")]
    [InlineData("🔥", "Noto Emoji")]
    public void Complex_script_and_emoji_runs_name_their_font(string text, string family)
    {
        using var docx = Write("en-US", P($"By {text} today"));
        var fonts = RunWith(docx, text).RunProperties!.RunFonts!;

        Assert.Equal(family, fonts.ComplexScript?.Value);
        Assert.Equal(family, fonts.Ascii?.Value);
        Assert.Equal(family, fonts.HighAnsi?.Value);
        Assert.Equal(family, fonts.EastAsia?.Value);
    }

    [Fact]
    public void Bold_arabic_is_bold_for_complex_script_too()
    {
        using var docx = Write("en-US", P(B(T("ليلى حداد"))));
        var props = RunWith(docx, "ليلى حداد").RunProperties!;
        Assert.NotNull(props.Bold);
        Assert.NotNull(props.BoldComplexScript); // Word applies w:b to Latin only
        var heading = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.NotNull(heading.StyleRunProperties!.BoldComplexScript); // headings are bold in Arabic as well
    }

    [Fact]
    public void Table_cells_code_and_the_header_name_the_fonts_as_well()
    {
        using var docx = Write("en-US",
            new TableBlock([new TableColumn(ColumnAlignment.Left)], Row(Cell("Owner")), [Row(Cell("王伟 ✅"))]),
            new CodeBlock("echo 'デプロイ完了'"));

        Assert.Equal("Noto Sans SC", RunWith(docx, "王伟").RunProperties!.RunFonts!.EastAsia?.Value);
        Assert.Equal("Noto Emoji", RunWith(docx, "✅").RunProperties!.RunFonts!.Ascii?.Value);
        Assert.Equal("Noto Sans JP", RunWith(docx, "デプロイ完了").RunProperties!.RunFonts!.EastAsia?.Value);
        var header = docx.Main.HeaderParts.Single().Header!;
        Assert.Contains(header.Descendants<Run>(), r => DocxFile.TextOf(r) == "東京" && r.RunProperties?.RunFonts?.EastAsia?.Value == "Noto Sans SC");
        Assert.Empty(docx.ValidationErrors());
    }
}
