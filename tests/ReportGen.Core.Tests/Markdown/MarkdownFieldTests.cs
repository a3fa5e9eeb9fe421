using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>(md) fields keep their formatting but stay confined to their block, list item or cell.</summary>
public class MarkdownFieldTests
{
    [Fact]
    public void Md_block_keeps_paragraphs_lists_emphasis_links_and_code()
    {
        var doc = Build(TestIncidents.Full() with { Summary = "First *para* with [a link](https://x.example).\n\n- one\n- `two`" });
        var summary = Assert.Single(doc.Blocks.OfType<CalloutBlock>());
        Assert.IsType<ParagraphBlock>(summary.Blocks[0]);
        Assert.Contains(((ParagraphBlock)summary.Blocks[0]).Inlines, i => i is EmphasisInline);
        Assert.Contains(((ParagraphBlock)summary.Blocks[0]).Inlines, i => i is LinkInline { Url: "https://x.example" });
        Assert.Equal(2, Assert.IsType<ListBlock>(summary.Blocks[1]).Items.Count);
    }

    [Theory]
    [InlineData("```\nunclosed fence swallowing the rest")]
    [InlineData("~~~~\nunclosed tilde fence")]
    [InlineData(":::\nclosing the summary early\n:::\n::: warning")]
    [InlineData("<div>\n<script>alert(1)</script>")]
    [InlineData("text {#id .class}\n\n---\ntitle: fake front matter\n---")]
    [InlineData("[ref]: https://x.example\n\nuses [ref]")]
    public void Md_block_cannot_break_out_of_its_callout(string hostile)
    {
        var doc = Build(TestIncidents.Full() with { Summary = hostile });
        var summary = Assert.Single(doc.Blocks.OfType<CalloutBlock>(), c => c.Kind == "summary");
        Assert.NotEmpty(summary.Blocks);
        Assert.Equal(["Incident summary", "Timeline", "Impact", "Root cause analysis", "Lessons learned", "Action items",
            "Prevention measures", "Appendices", "Sign-off"], HeadingTexts(doc, 2));
        Assert.Single(doc.Blocks.OfType<KeyFiguresBlock>());
    }

    [Fact]
    public void Raw_html_in_an_md_field_prints_as_text()
    {
        var doc = Build(TestIncidents.Full() with { Summary = "Saw <b>bold</b> & <script>x</script>; see <https://auto.example>." });
        var para = (ParagraphBlock)doc.Blocks.OfType<CalloutBlock>().Single().Blocks[0];
        Assert.Equal("Saw <b>bold</b> & <script>x</script>; see https://auto.example.", Inlines.PlainText(para.Inlines));
        Assert.Contains(para.Inlines, i => i is LinkInline { Url: "https://auto.example" });
    }

    [Theory]
    [InlineData("Fix | the *pool*\nand `a|b` too", "Fix | the pool and a|b too")]
    [InlineData("# heading-like\nsecond line", "# heading-like second line")]
    [InlineData("1. numbered", "1. numbered")]
    [InlineData("- bullet\n- second", "- bullet - second")]
    [InlineData("::: note", "::: note")]
    [InlineData("{.class} braces", "{.class} braces")]
    [InlineData("escaped \\{.class\\} braces {#id}", "escaped {.class} braces {#id}")]
    public void Md_cell_stays_in_its_cell(string action, string expected)
    {
        var incident = TestIncidents.Full() with
        {
            ActionItems = [new ActionItem { Id = "A1", Action = action, Owner = "SRE", Due = new DateOnly(2026, 4, 1), Priority = Priority.P1 }],
        };
        var table = Table(Build(incident), "ID");
        var row = Assert.Single(table.Rows);
        Assert.Equal(6, row.Cells.Count);
        Assert.Equal(expected, Text(row.Cells[1]));
        Assert.Equal("SRE", Text(row.Cells[2]));
    }

    [Fact]
    public void Md_list_items_keep_their_markdown_and_stay_one_item_each()
    {
        var full = TestIncidents.Full();
        var doc = Build(full with { Lessons = new Lessons { WentWell = ["**Fast** rollback\n\nsecond paragraph", "# not a heading? it is md", "plain"] } });
        var heading = doc.Blocks.OfType<HeadingBlock>().First(h => Inlines.PlainText(h.Inlines) == "What went well");
        var list = Assert.IsType<ListBlock>(doc.Blocks[doc.Blocks.ToList().IndexOf(heading) + 1]);
        Assert.Equal(3, list.Items.Count);
        Assert.Equal(2, list.Items[0].Blocks.Count);
        Assert.IsType<StrongInline>(((ParagraphBlock)list.Items[0].Blocks[0]).Inlines[0]);
    }

    [Fact]
    public void Code_snippet_with_backtick_fences_stays_one_code_block()
    {
        var snippet = "before\n```\nnot the end\n````\nafter";
        var full = TestIncidents.Full();
        var doc = Build(full with { Appendices = new Appendices { Snippets = [new Snippet("s", "c++ <x>", snippet)] } });
        var code = Assert.Single(AllBlocks(doc.Blocks).OfType<CodeBlock>());
        Assert.Equal(snippet, code.Code);
        Assert.Equal("c++x", code.Language);
    }

    [Fact]
    public void Prevention_measures_link_to_their_action_rows()
    {
        var doc = Build(TestIncidents.Full());
        var anchors = Table(doc, "ID").Rows.Select(r => r.AnchorId).ToHashSet();
        var links = AllBlocks(doc.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Inlines).OfType<LinkInline>().Where(l => l.IsInternal).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l.Url[1..], anchors));
    }

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics) + "\n" + result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Document!;
    }
}
