using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.PdfFile;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>How glyphs become extractable text: one character code per glyph and text, mapped by the ToUnicode map
/// to exactly that text and by the CIDToGIDMap to the glyph, so no reader needs /ActualText.</summary>
public class FontEmbeddingTests
{
    private static FontFace Regular => SharedWriter.Instance.Fonts.Get(FontRole.Regular);

    private static ushort Glyph(string text) => Regular.Shape(text).Glyphs[0];

    [Fact]
    public void A_glyph_standing_for_several_characters_maps_to_all_of_them_and_gets_a_second_code_for_another_text()
    {
        // As a ligature is shaped: one glyph, one cluster covering two characters.
        var font = new EmbeddedFont(Regular, 1);
        var fi = Assert.Single(font.Codes([Glyph("f")], [0], "fi"u8));
        Assert.Equal(fi, Assert.Single(font.Codes([Glyph("f")], [0], "fi"u8))); // seen again with the same text: the same code
        var f = Assert.Single(font.Codes([Glyph("f")], [0], "f"u8)); // the same glyph for "f" alone: a code of its own
        Assert.NotEqual(fi, f);
        Assert.Equal((Glyph("f"), "fi"), font.Meaning(fi));
        Assert.Equal((Glyph("f"), "f"), font.Meaning(f));
    }

    [Fact]
    public void Right_to_left_clusters_map_each_glyph_to_its_own_character()
    {
        var font = new EmbeddedFont(Regular, 1);
        ushort[] glyphs = [Glyph("c"), Glyph("b"), Glyph("a")];
        var codes = font.Codes(glyphs, [2, 1, 0], "abc"u8);
        Assert.Equal(["c", "b", "a"], codes.Select(c => font.Meaning(c).Text));
    }

    [Fact]
    public void The_widest_glyph_of_a_cluster_carries_its_text_and_the_others_are_no_text()
    {
        var font = new EmbeddedFont(Regular, 1);
        // A zero-width mark first, then its base: the base carries the cluster's text.
        var codes = font.Codes([Glyph("́"), Glyph("e")], [0, 0], "é"u8);
        Assert.Equal(0, codes[0]);
        Assert.Equal((Glyph("e"), "é"), font.Meaning(codes[1]));
    }

    private static ReportDocument Document(params Block[] blocks) => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = blocks,
    };

    [Fact]
    public void A_glyph_typed_two_ways_extracts_as_typed_each_time()
    {
        // HarfBuzz draws a zero-width space (pasted with URLs) with the font's space glyph at zero advance; after a
        // real space has been drawn with that glyph, the zero-width one gets a code of its own.
        Assert.Equal(Glyph(" "), Glyph("\u200B"));
        var typed = "Pasted id: checkout\u200Bapi";
        var pdf = SharedWriter.Pdf(Document(new ParagraphBlock([new TextInline(typed)])));
        Assert.Contains(typed, PdfTools.Text(pdf));
        Assert.DoesNotContain("/ActualText", Encoding.Latin1.GetString(PdfTools.Rewrite(pdf, "--qdf", "--object-streams=disable")));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
    }

    [Fact]
    public void Each_font_is_a_subset_with_its_own_tag_widths_and_unicode_map()
    {
        var pdf = SharedWriter.Pdf(ReportFixtures.Typical());
        var fonts = PdfTools.Fonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(fonts.Count >= 3, string.Join('\n', fonts));
        var tags = fonts.Select(line => line.Split('+')[0]).ToList();
        Assert.All(tags, tag => Assert.Matches("^[A-Z]{6}$", tag));
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.All(fonts, line => Assert.Contains("CID TrueType      Identity-H       yes yes yes", line));
    }

    [Theory]
    [InlineData("Ünïcödé (parens) \\ back")]
    [InlineData("Quotes \u201Cx\u201D and a tab\tinside")]
    public void Hostile_heading_titles_round_trip_into_the_outline(string title)
    {
        var pdf = SharedWriter.Pdf(Document(
            new HeadingBlock(1, [new TextInline(title)], "h1"),
            new ParagraphBlock([new TextInline("Body.")])));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        Assert.Equal(title.Replace('\t', ' '), QpdfOutlineReader.Outline(pdf).Single().Title.Replace('\t', ' '));
    }
}

/// <summary>Named destinations as a viewer finds them.</summary>
public class DestinationTests
{
    [Fact]
    public void Headings_with_plain_and_accented_anchors_are_destinations_on_their_pages()
    {
        var document = new ReportDocument
        {
            Settings = ReportFixtures.Settings(draft: false),
            Theme = new Theme(),
            Blocks =
            [
                new HeadingBlock(1, [new TextInline("Résumé")], "r\u00E9sum\u00E9"),
                new ParagraphBlock([new TextInline("See "), new LinkInline("#zeta", [new TextInline("the end")])]),
                new PageBreakBlock(),
                new HeadingBlock(1, [new TextInline("Zeta")], "zeta"),
                new ParagraphBlock([new LinkInline("#r\u00E9sum\u00E9", [new TextInline("back")])]),
            ],
        };
        var pdf = SharedWriter.Pdf(document);
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var dests = PdfTools.Run("pdfinfo", pdf, "-dests", "{pdf}").Output;
        Assert.Matches(@"(?m)^\s*1 \[.*\] ""r\u00E9sum\u00E9""", dests);
        Assert.Matches(@"(?m)^\s*2 \[.*\] ""zeta""", dests);
    }
}
