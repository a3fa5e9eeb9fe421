using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>Where a link can be clicked: one area per line the link is on, from its first word to its last (the spaces
/// between its words included, the space after it not), under one underline. A link of several words was an area and
/// an underline per word: in the PDF an annotation each, each with its description and structure reference.</summary>
public class LinkAreaTests
{
    private const string Url = "https://status.example.com/incidents/2041";

    private static ParagraphBlock Paragraph(string linkText) =>
        new([new TextInline("Read the "), new LinkInline(Url, [new TextInline(linkText)]), new TextInline(" today.")]);

    [Fact]
    public void A_link_of_several_words_on_one_line_is_one_area_under_one_underline()
    {
        var page = Paginated.Of(Paragraph("public status page for details")).Pages[0];
        var words = page.Texts().Single(t => t.Text == "public status page for details").Bounds;

        var area = Assert.Single(page.Commands.OfType<UrlLinkCommand>(), a => a.Url == Url).Box;
        Assert.Equal(words.X, area.X, 2);
        Assert.Equal(words.Right, area.Right, 2);

        var underline = Assert.Single(page.Commands.OfType<LineCommand>(), l => l.Y1 > area.Y && l.Y1 < area.Bottom);
        Assert.Equal(area.X, underline.X1, 2);
        Assert.Equal(area.Right, underline.X2, 2);
    }

    [Fact]
    public void A_link_wrapped_over_lines_is_one_area_per_line()
    {
        var text = string.Join(' ', Enumerable.Repeat("the public status page", 12));
        var page = Paginated.Of(Paragraph(text)).Pages[0];

        var areas = page.Commands.OfType<UrlLinkCommand>().Where(a => a.Url == Url).Select(a => a.Box).ToList();
        Assert.True(areas.Count >= 2, $"{areas.Count} link areas: the link should wrap");
        Assert.Equal(areas.Count, areas.Select(a => a.Y).Distinct().Count());
        // Together the areas cover every word of the link.
        var words = page.Texts().Where(t => t.Text.Contains("status", StringComparison.Ordinal)).Select(t => t.Bounds).ToList();
        Assert.All(words, w => Assert.Contains(areas, a => a.X <= w.X + 0.01 && a.Right >= w.Right - 0.01 && a.Y <= w.Y + w.Height / 2
            && a.Bottom >= w.Bottom - w.Height / 2));
    }
}
