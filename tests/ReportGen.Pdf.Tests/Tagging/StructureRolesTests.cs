using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>What each block is in the structure tree, as poppler reads it: the typical report (a 60-row timeline over
/// several pages, nested lists, code, a figure, callouts, links, sign-off) tagged element by element.</summary>
public class StructureRolesTests
{
    private static readonly Lazy<(ReportDocument Document, StructElement Tree)> Typical = new(() =>
    {
        var document = ReportFixtures.Typical();
        var pdf = Writer.SharedWriter.Pdf(document);
        return (document, Assert.Single(PopplerStructure.Read(pdf).Children));
    });

    private static StructElement Tree => Typical.Value.Tree;

    [Fact]
    public void Headings_follow_the_title_as_h1_without_skipping_a_level()
    {
        var headings = Tree.Descendants().Where(e => e.Type.Length == 2 && e.Type[0] == 'H' && char.IsAsciiDigit(e.Type[1])).ToList();
        var document = Typical.Value.Document;
        var expected = new List<(int, string)> { (1, document.Settings.Title) };
        expected.AddRange(document.Blocks.OfType<HeadingBlock>().Select(h => (h.Level + 1, Inlines.PlainText(h.Inlines))));
        Assert.Equal(expected, headings.Select(h => (h.Type[1] - '0', h.Text.Trim())).ToList());
        Assert.All(headings.Zip(headings.Skip(1)), pair => Assert.True(pair.Second.Type[1] - pair.First.Type[1] <= 1,
            $"{pair.First.Type} '{pair.First.Text.Trim()}' is followed by {pair.Second.Type}"));
    }

    [Fact]
    public void A_table_over_several_pages_is_one_table_with_one_header_row_of_column_headers()
    {
        var pages = PdfTools.Text(Writer.SharedWriter.Pdf(ReportFixtures.Typical())).Split('\f').Count(p => p.Contains("Time ") && p.Contains("Kind"));
        Assert.True(pages >= 2, "the timeline should span pages, its header repeated on each");
        var timeline = Assert.Single(Tree.Children, e => e.Type == "Table" && e.Text.Contains("Step 1:", StringComparison.Ordinal));
        Assert.Equal(["THead", "TBody"], timeline.Children.Select(c => c.Type));
        var header = Assert.Single(timeline.Children[0].Children);
        Assert.Equal(["Time", "Event", "By", "Kind"], header.Children.Select(c => c.Text.Trim()));
        Assert.All(header.Children, th => Assert.Equal(("TH", "Column"), (th.Type, th.Attributes.GetValueOrDefault("Scope"))));
        var rows = timeline.Children[1].Children;
        Assert.Equal(60, rows.Count);
        Assert.All(rows, row => Assert.Equal(["TD", "TD", "TD", "TD"], row.Children.Select(c => c.Type)));
        Assert.Equal("Step 1: detection work on checkout-api", rows[0].Children[1].Text.Trim());
        Assert.StartsWith("Rolled back the Helm release to revision 99,", rows[^1].Children[1].Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_items_with_a_label_and_a_body_and_nest_inside_the_body()
    {
        var bullets = Tree.Children.First(e => e.Type == "L" && e.Text.Contains("48,000 users", StringComparison.Ordinal));
        Assert.Equal(3, bullets.Children.Count);
        Assert.All(bullets.Children, item => Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type)));
        var nested = Assert.Single(bullets.Children[1].Children[1].Children, c => c.Type == "L");
        Assert.Equal(["Mobile clients retried and recovered on their own.", "Web clients showed a generic error without a retry button."],
            nested.Children.Select(i => i.Children[1].Text.Trim()));
        var numbered = Tree.Children.First(e => e.Type == "L" && e.Text.Contains("No alert on pool saturation", StringComparison.Ordinal));
        Assert.Equal(["1.", "2.", "3."], numbered.Children.Select(i => i.Children[0].Text.Trim()));
    }

    [Fact]
    public void Key_figures_are_a_list_of_label_and_value()
    {
        var figures = Tree.Children.First(e => e.Type == "L");
        Assert.Equal([("Time to detect", "7 min"), ("Time to mitigate", "1 h 46 min"), ("Time to resolve", "2 h 35 min"), ("Affected users", "48,000")],
            figures.Children.Select(i => (i.Children[0].Text.Trim(), i.Children[1].Text.Trim())));
    }

    [Fact]
    public void Callouts_are_notes_with_ids_code_is_code_and_the_figure_has_a_caption()
    {
        var notes = Tree.Children.Where(e => e.Type == "Note").ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal(["Executive summary", "Open question"], notes.Select(n => n.Children[0].Text.Trim()));
        var code = Assert.Single(Tree.Children, e => e.Type == "Code");
        Assert.StartsWith("# values-production.yaml", code.Text.Trim(), StringComparison.Ordinal);
        var figure = Tree.Children.FindIndex(e => e.Type == "Figure");
        Assert.Equal("Caption", Tree.Children[figure + 1].Type);
        Assert.Equal("5xx rate, 09:00–12:00 UTC", Tree.Children[figure + 1].Text.Trim());
    }

    [Fact]
    public void Links_hold_their_text_and_their_annotations()
    {
        var links = Tree.Descendants().Where(e => e.Type == "Link").ToList();
        Assert.Contains(links, l => l.Text.Trim() == "public status page");
        Assert.Contains(links, l => l.Text.Trim() == "action A1");
        var wrapped = Assert.Single(links, l => l.Text.Trim() == "old link");
        Assert.All(links, l => Assert.True(l.Annotations > 0, $"link '{l.Text.Trim()}' has no annotation"));
        Assert.True(links.Sum(l => l.Annotations) >= links.Count);
        Assert.True(wrapped.Annotations >= 1);
    }

    [Fact]
    public void The_sign_off_is_a_table_and_the_title_block_a_group_with_the_title()
    {
        var signOff = Tree.Children.Last(e => e.Type == "Table");
        Assert.Equal(["Name", "Role", "Signature", "Date"], signOff.Children[0].Children[0].Children.Select(c => c.Text.Trim()));
        Assert.Equal(3, signOff.Children[1].Children.Count);
        var title = Tree.Children[0];
        Assert.Equal("Div", title.Type);
        Assert.Equal(["P", "H1", "P"], title.Children.Select(c => c.Type));
        Assert.Equal("Severity: High Draft", string.Join(" ", title.Children[2].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
