using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>Everything is built on named styles that carry the theme, so restyling one restyles the report.</summary>
public class StyleTests
{
    private static Style StyleOf(DocxFile docx, string id) =>
        docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    [Theory]
    [InlineData("Normal", "Normal")]
    [InlineData("Title", "Title")]
    [InlineData("Subtitle", "Subtitle")]
    [InlineData("Heading1", "heading 1")]
    [InlineData("Heading2", "heading 2")]
    [InlineData("Heading3", "heading 3")]
    [InlineData("ListBullet", "List Bullet")]
    [InlineData("ListNumber", "List Number")]
    [InlineData("SourceCode", "Source Code")]
    [InlineData("Caption", "caption")]
    [InlineData("ReportTable", "Report Table")]
    [InlineData("Hyperlink", "Hyperlink")]
    public void Named_styles_exist_with_word_names(string id, string name)
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        Assert.Equal(name, StyleOf(docx, id).StyleName!.Val!.Value);
    }

    [Fact]
    public void Fonts_sizes_and_colours_come_from_the_theme()
    {
        var theme = new Theme
        {
            DocxFonts = new FontSet("Georgia", "Verdana", "Consolas"),
            Sizes = new FontSizes { Body = 11, Heading1 = 20 },
            Colors = new ThemeColors { Heading = RgbColor.Parse("#112233"), CodeBackground = RgbColor.Parse("#ABCDEF") },
        };
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Theme = theme });
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Georgia", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("22", defaults.FontSize!.Val!.Value);
        var h1 = StyleOf(docx, "Heading1").StyleRunProperties!;
        Assert.Equal("Verdana", h1.RunFonts!.Ascii!.Value);
        Assert.Equal("40", h1.FontSize!.Val!.Value);
        Assert.Equal("112233", h1.Color!.Val!.Value);
        var code = StyleOf(docx, "SourceCode");
        Assert.Equal("Consolas", code.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("ABCDEF", code.StyleParagraphProperties!.Shading!.Fill!.Value);
    }

    [Fact]
    public void Report_table_style_has_a_distinct_header_row_and_banding()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var style = StyleOf(docx, "ReportTable");
        var conditions = style.Elements<TableStyleProperties>().ToDictionary(p => p.Type!.Value);
        var header = conditions[TableStyleOverrideValues.FirstRow];
        Assert.NotNull(header.GetFirstChild<RunPropertiesBaseStyle>()!.Bold);
        Assert.Equal(new ThemeColors().TableHeader.Hex, header.Descendants<Shading>().Single().Fill!.Value);
        Assert.Equal(new ThemeColors().TableBand.Hex,
            conditions[TableStyleOverrideValues.Band2Horizontal].Descendants<Shading>().Single().Fill!.Value);
    }

    [Fact]
    public void Headings_keep_with_the_next_paragraph_and_feed_the_outline()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        for (var level = 1; level <= 3; level++)
        {
            var props = StyleOf(docx, "Heading" + level).StyleParagraphProperties!;
            Assert.NotNull(props.KeepNext);
            Assert.Equal(level - 1, props.OutlineLevel!.Val!.Value);
        }
    }
}
