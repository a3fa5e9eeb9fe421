using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Packaging;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>Every page says which incident it belongs to, whether it is a draft, and where it is in the report.</summary>
public class HeaderFooterTests
{
    [Fact]
    public void Header_shows_id_title_and_draft_mark()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(draft: true));
        var header = DocxFile.TextOf(docx.Main.HeaderParts.Single().Header!);
        Assert.StartsWith("INC-2024-0042", header);
        Assert.Contains("DRAFT", header);
        Assert.EndsWith(PostmortemFixture.Title, header);
        var watermark = docx.Main.HeaderParts.Single().Header!.Descendants<DocumentFormat.OpenXml.Vml.TextPath>().Single(t => t.String is not null);
        Assert.Equal("DRAFT", watermark.String!.Value);
    }

    [Fact]
    public void Final_report_has_no_draft_mark()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(draft: false));
        Assert.DoesNotContain("DRAFT", DocxFile.TextOf(docx.Main.HeaderParts.Single().Header!));
        Assert.Empty(docx.Main.HeaderParts.Single().Header!.Descendants<DocumentFormat.OpenXml.Vml.TextPath>());
    }

    [Fact]
    public void Footer_counts_pages_with_fields()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var footer = docx.Main.FooterParts.Single().Footer!;
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.StartsWith("Internal · Payments platform\tPage 1 of 1", DocxFile.TextOf(footer));
    }

    [Fact]
    public void Section_points_at_header_and_footer_with_theme_page_size()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Theme = new Document.Theme { PageSize = "Letter" } });
        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.Equal(12240u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(docx.Main.GetIdOfPart(docx.Main.HeaderParts.Single()), section.GetFirstChild<HeaderReference>()!.Id!.Value);
    }

    [Theory]
    [InlineData("Short title", 40, "Short title")]
    [InlineData("Checkout outage: payment API returned 502 for 47 minutes", 30, "Checkout outage: payment API\u2026")]
    [InlineData("Averyveryverylongsinglewordwithoutspaces", 12, "Averyveryve\u2026")]
    public void Long_header_titles_are_shortened_at_a_word(string title, int length, string expected) =>
        Assert.Equal(expected, HeaderFooter.Shorten(title, length));
}
