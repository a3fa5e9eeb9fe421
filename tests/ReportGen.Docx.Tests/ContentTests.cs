using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>Headings, paragraphs, lists, code and links come out as a Word user would build them.</summary>
public class ContentTests
{
    private static DocxFile Write(params Block[] blocks) => DocxFile.Write(new ReportDocument
    {
        Settings = new DocumentSettings { Title = "t" },
        Theme = new Theme(),
        Blocks = blocks,
    });

    [Fact]
    public void Title_and_headings_use_their_styles_and_carry_bookmarks()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        Assert.Equal("INC-2024-0042", DocxFile.TextOf(docx.ParagraphsIn("TitleKicker").Single()));
        Assert.Equal(PostmortemFixture.Title, DocxFile.TextOf(docx.ParagraphsIn("Title").Single()));
        Assert.StartsWith("14 March 2024", DocxFile.TextOf(docx.ParagraphsIn("Subtitle").Single()));
        var h3 = docx.ParagraphsIn("Heading3").First(p => DocxFile.TextOf(p) == "Immediate cause");
        Assert.Equal("immediate_cause", h3.Elements<BookmarkStart>().Single().Name!.Value);
        Assert.Contains(docx.ParagraphsIn("Heading1"), p => DocxFile.TextOf(p) == "Action items");
    }

    [Fact]
    public void Inline_formatting_becomes_bold_italic_and_code_runs()
    {
        using var docx = Write(P(T("plain "), B(T("bold")), T(" "), I(T("italic ")), B(I(T("both"))), C("x = 1")));
        var runs = docx.Body.Descendants<Run>().ToDictionary(r => DocxFile.TextOf(r));
        Assert.Null(runs["plain "].RunProperties);
        Assert.NotNull(runs["bold"].RunProperties!.Bold);
        Assert.NotNull(runs["italic "].RunProperties!.Italic);
        Assert.NotNull(runs["both"].RunProperties!.Bold);
        Assert.NotNull(runs["both"].RunProperties!.Italic);
        Assert.Equal("VerbatimChar", runs["x = 1"].RunProperties!.RunStyle!.Val!.Value);
    }

    [Fact]
    public void External_links_are_hyperlink_relationships()
    {
        using var docx = Write(P(Link("https://status.example.com/incidents/42?a=1&b=2", "status")));
        var link = docx.Body.Descendants<Hyperlink>().Single();
        var rel = docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id);
        Assert.Equal("https://status.example.com/incidents/42?a=1&b=2", rel.Uri.OriginalString);
        Assert.True(rel.IsExternal);
        Assert.Equal("Hyperlink", link.Descendants<RunStyle>().Single().Val!.Value);
    }

    [Fact]
    public void A_link_to_a_file_beside_the_document_stays_relative_and_one_leaving_the_folder_is_text()
    {
        using var docx = Write(P(Link("team-b/checkout-outage.pdf", "INC-2041"), T(" "), Link("../other.pdf", "outside")));
        var link = docx.Body.Descendants<Hyperlink>().Single();
        var rel = docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id);
        Assert.Equal("team-b/checkout-outage.pdf", rel.Uri.OriginalString);
        Assert.False(rel.Uri.IsAbsoluteUri);
        Assert.True(rel.IsExternal);
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("'../other.pdf' is not a valid link address", StringComparison.Ordinal));
    }

    [Fact]
    public void Action_item_references_link_to_the_bookmark_on_their_table_row()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var link = docx.Body.Descendants<Hyperlink>().First(h => DocxFile.TextOf(h) == "A1");
        Assert.Equal("action_a1", link.Anchor!.Value);
        var bookmark = docx.Body.Descendants<BookmarkStart>().Single(b => b.Name == "action_a1");
        var row = bookmark.Ancestors<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single();
        Assert.StartsWith("A1Validate service configuration", DocxFile.TextOf(row));
    }

    [Fact]
    public void Links_to_missing_anchors_become_text_with_a_warning()
    {
        using var docx = Write(P(T("see "), Link("#nowhere", "there")));
        Assert.Empty(docx.Body.Descendants<Hyperlink>());
        Assert.Equal("see there", DocxFile.TextOf(docx.Body));
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("#nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_lists_use_numbering_levels_and_each_numbered_list_restarts()
    {
        using var docx = Write(
            Numbered(3, Item("three", Bullets(Item("inner bullet"))), Item("four")),
            Numbered(1, Item("again one")));
        var paragraphs = docx.Body.Elements<Paragraph>().ToDictionary(p => DocxFile.TextOf(p));
        var three = paragraphs["three"].ParagraphProperties!;
        var inner = paragraphs["inner bullet"].ParagraphProperties!;
        Assert.Equal("ListNumber", three.ParagraphStyleId!.Val!.Value);
        Assert.Equal("ListBullet", inner.ParagraphStyleId!.Val!.Value);
        Assert.Equal(0, three.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, inner.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        Assert.Equal(three.NumberingProperties.NumberingId!.Val!.Value, paragraphs["four"].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);

        var numbering = docx.Main.NumberingDefinitionsPart!.Numbering!;
        int StartOf(Paragraph p) => numbering.Elements<NumberingInstance>()
            .Single(n => n.NumberID!.Value == p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)
            .Descendants<StartOverrideNumberingValue>().Single().Val!.Value;
        Assert.Equal(3, StartOf(paragraphs["three"]));
        Assert.Equal(1, StartOf(paragraphs["again one"]));
        var bulletLevel = numbering.Elements<AbstractNum>().SelectMany(a => a.Elements<Level>())
            .First(l => l.NumberingFormat!.Val!.Value == NumberFormatValues.Bullet);
        Assert.Equal("\u2022", bulletLevel.LevelText!.Val!.Value);
    }

    [Fact]
    public void Code_keeps_tabs_and_leading_spaces_one_paragraph_per_line()
    {
        using var docx = Write(new CodeBlock("if x:\n\treturn 1\n    pass\n\nend"));
        var lines = docx.ParagraphsIn("SourceCode").Select(DocxFile.TextOf).ToList();
        Assert.Equal(["if x:", "\treturn 1", "    pass", "", "end"], lines);
        var spaced = docx.ParagraphsIn("SourceCode").ElementAt(2).Descendants<Text>().Single();
        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, spaced.Space!.Value);
    }

    [Fact]
    public void Callouts_are_shaded_boxes_holding_their_blocks()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var box = docx.TablesIn("CalloutBox").First();
        var text = DocxFile.TextOf(box);
        Assert.StartsWith("Executive summary", text);
        Assert.Contains("about 18,400 customers", text);
    }

    [Fact]
    public void Warning_callouts_get_the_theme_warning_colour_bar()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var boxes = docx.TablesIn("CalloutBox").ToList();
        Assert.Null(boxes[0].GetFirstChild<TableProperties>()!.TableBorders); // summary: the style's accent bar
        var warning = boxes.Single(b => DocxFile.TextOf(b).StartsWith("Why it wasn't caught", StringComparison.Ordinal));
        Assert.Equal(Theme.DefaultTones["severity-high"].Fill.Hex,
            warning.GetFirstChild<TableProperties>()!.TableBorders!.LeftBorder!.Color!.Value);
    }

    [Fact]
    public void Page_break_starts_a_new_page_before_the_appendix()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var pageBreak = docx.Body.Descendants<Break>().Single(b => b.Type?.Value == BreakValues.Page);
        var next = pageBreak.Ancestors<Paragraph>().Single().ElementsAfter().OfType<Paragraph>().First();
        Assert.Equal("Appendix", DocxFile.TextOf(next));
    }
}
