using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Engine;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Writer;

public class TableOfContentsTests
{
    private static ReportGen.Document.ReportDocument WithContents()
    {
        var document = ReportFixtures.Typical();
        var blocks = document.Blocks.ToList();
        blocks.Insert(3, ReportGen.Document.TableOfContentsBlock.For("Contents", blocks, 2));
        return document with { Blocks = blocks };
    }

    [Fact]
    public void Contents_list_each_heading_with_the_page_it_starts_on_and_link_to_it()
    {
        var layout = Paginated.Of(WithContents());
        var first = layout.Pages[0];
        var texts = first.Texts().ToList();
        Assert.Contains(texts, t => t.Text == "Contents");
        foreach (var heading in new[] { "Timeline", "Impact", "Root cause", "Action items", "Sign-off" })
        {
            var entry = texts.First(t => t.Text == heading);
            var page = layout.PagesWith(heading).Last() + 1; // the heading itself (the entry is on page 1)
            var number = texts.Single(t => t.Text == page.ToString() && Math.Abs(t.Run.Y[0] - entry.Run.Y[0]) < 0.5f);
            Assert.True(number.Bounds.X > entry.Bounds.Right, $"page number of '{heading}' is not right of it");
            Assert.Contains(first.Commands.OfType<DestinationLinkCommand>(),
                l => l.Name == Md.Slug(heading) && Math.Abs(l.Box.Y + l.Box.Height / 2 - entry.Run.Y[0]) < 10);
        }
    }

    [Fact]
    public void Every_internal_link_target_exists_as_a_destination()
    {
        var layout = Paginated.Of(WithContents());
        var destinations = layout.Pages.SelectMany(p => p.Commands.OfType<DestinationCommand>()).Select(d => d.Name).ToHashSet();
        var links = layout.Pages.SelectMany(p => p.Commands.OfType<DestinationLinkCommand>()).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l.Name, destinations));
    }
}
