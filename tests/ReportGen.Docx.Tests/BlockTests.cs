using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>The .docx renders each block from the block's own data and the theme, as the PDF does: the title block
/// (kicker, title, badges as shaded runs in their tones), spacing and callout tones from the theme; an unknown block is
/// left out with the same warning the PDF gives, never an exception.</summary>
public class BlockTests
{
    private static DocxFile Write(Theme theme, params Block[] blocks) =>
        DocxFile.Write(PostmortemFixture.Create() with { Theme = theme, Blocks = blocks });

    [Fact]
    public void Title_block_is_kicker_title_and_badges_shaded_in_their_tones()
    {
        var title = new TitleBlock("INC-9", [T("Queue stalled")], [new Badge("Severity: Low", "severity-low"), new Badge("Plain", null)]);
        using var docx = Write(new Theme(), title);
        Assert.Equal("INC-9", DocxFile.TextOf(docx.ParagraphsIn("TitleKicker").Single()));
        Assert.Equal("Queue stalled", DocxFile.TextOf(docx.ParagraphsIn("Title").Single()));
        var badges = docx.ParagraphsIn("TitleBadges").Single();
        Assert.Equal("Severity: Low  Plain", DocxFile.TextOf(badges));
        var low = badges.Elements<Run>().First();
        var tone = Theme.DefaultTones["severity-low"];
        Assert.Equal(tone.Fill.Hex, low.RunProperties!.Shading!.Fill!.Value);
        Assert.Equal(tone.Text.Hex, low.RunProperties.Color!.Val!.Value);
        Assert.Null(low.RunProperties.Border); // a padding border moves LibreOffice's shading off the text (RunFormat.BadgeOf)
        Assert.NotNull(low.RunProperties.Bold);
        var plain = badges.Elements<Run>().Last();
        Assert.Equal(new Theme().Colors.TableHeader.Hex, plain.RunProperties!.Shading!.Fill!.Value);
        // The badges line closes the block with the accent rule.
        var style = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TitleBadges");
        Assert.Equal(new Theme().Colors.Accent.Hex, style.StyleParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void Heading_and_paragraph_spacing_come_from_the_theme()
    {
        var theme = new Theme { Spacing = new ThemeSpacing { Heading1Before = 50, HeadingAfter = 7, Paragraph = 9 } };
        using var docx = Write(theme, H(1, "Section", "section"), P("Text."));
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal(("1000", "140"), (heading.Before!.Value, heading.After!.Value));
        Assert.Equal("180", styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!.After!.Value);
    }

    [Fact]
    public void Callout_bar_is_the_tone_the_theme_gives_its_kind()
    {
        var theme = new Theme { CalloutTones = new Dictionary<string, string> { ["note"] = "priority-p0" } };
        using var docx = Write(theme, new CalloutBlock("note", "Heads up", [P("Inside.")]));
        var bar = docx.TablesIn("CalloutBox").Single().GetFirstChild<TableProperties>()!.TableBorders!.LeftBorder!;
        Assert.Equal(Theme.DefaultTones["priority-p0"].Fill.Hex, bar.Color!.Value);
    }

    [Fact]
    public void Sign_off_has_the_layouts_columns_and_labels()
    {
        var signOff = new SignOffBlock([new SignOffEntry("Dana Kim", "Facilitator", "2026-03-18")])
        {
            Columns = [new(SignOffField.Name, "Wer"), new(SignOffField.Role, "Rolle"), new(SignOffField.Signature, "Unterschrift")],
        };
        using var docx = Write(new Theme(), signOff);
        var rows = docx.TablesIn("ReportTable").Single().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(["Wer", "Rolle", "Unterschrift"], rows[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(DocxFile.TextOf));
        Assert.Equal(["Dana Kim", "Facilitator", ""], rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(DocxFile.TextOf));
    }

    private sealed record MysteryBlock : Block;

    [Fact]
    public void An_unknown_block_is_left_out_with_the_shared_warning_and_the_rest_is_written()
    {
        var mystery = new MysteryBlock { SourceLine = 12, Origin = new ReportGen.Document.SourceReference("inc.yaml", 7, 3) };
        using var docx = Write(new Theme(), P("Before."), mystery, P("After."));
        var warning = Assert.Single(docx.Result.Warnings);
        Assert.Equal(WriterMessages.UnknownBlock(".docx", mystery), warning.Message);
        Assert.Equal(("inc.yaml", 7, 3), (warning.File, warning.Line, warning.Column)); // the block's origin
        Assert.Equal(["Before.", "After."], docx.Body.Elements<Paragraph>().Select(DocxFile.TextOf));
    }

    [Fact]
    public void Every_block_type_of_the_model_has_a_renderer()
    {
        foreach (var block in ReportGen.Pdf.Tests.Fixtures.AllBlocks.Samples())
        {
            var options = new DocxWriterOptions { FigureRasterizer = (_, _) => TestPng.Create(40, 10), TrendRasterizer = (_, _) => TestPng.Create(40, 10) };
            using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = [new HeadingBlock(2, [T("Heading")], "heading"), block] }, options);
            Assert.True(docx.Result.Warnings.Count == 0, $"{block.GetType().Name}: {string.Join("; ", docx.Result.Warnings)}");
            Assert.Empty(docx.ValidationErrors());
        }
    }
}
