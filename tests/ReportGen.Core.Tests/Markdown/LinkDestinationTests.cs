using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Link destinations print exactly, whatever characters they hold.</summary>
public class LinkDestinationTests
{
    [Theory]
    [InlineData("https://wiki.example/runbooks/checkout")]
    [InlineData("https://x.example/a b(c)<d>\\e")]
    [InlineData("https://x.example/search?q=a_b*c&x=[1]")]
    public void Documentation_urls_survive_exactly(string url)
    {
        var incident = TestIncidents.Full() with
        {
            Appendices = new ReportGen.Core.Model.Appendices { Documentation = [new("Runbook | *x*", url, ReportGen.Core.Model.DocumentationKind.Runbook)] },
        };
        var result = LayoutTestKit.Build(incident);
        var link = DocumentQuery.AllBlocks(result.Document!.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Inlines)
            .OfType<LinkInline>().Single(l => !l.IsInternal && l.Url != "https://tracker.example/PAY-1");
        Assert.Equal(url, link.Url);
        Assert.Equal("Runbook | *x*", Inlines.PlainText(link.Children));
    }
}
