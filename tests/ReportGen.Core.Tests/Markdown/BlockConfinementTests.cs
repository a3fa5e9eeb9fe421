using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>(md) text may hold emphasis, links, code, lists and paragraphs. Every other block a user writes (a heading, a
/// setext underline, a rule, a quote, a table, a container, front matter, raw HTML, attributes, a link definition)
/// prints as the characters typed and adds nothing to the outline, the TOC or the .docx structure.</summary>
public class BlockConfinementTests
{
    public static TheoryData<string, string> Shown => new()
    {
        { "# Injected heading", "# Injected heading" },
        { "###### Six", "###### Six" },
        { "Text\n---", "Text ---" },
        { "Text\n===", "Text ===" },
        { "Text\n-", "Text -" },
        { "---", "---" },
        { "***", "***" },
        { "___", "___" },
        { "- - -", "- - -" },
        { "> Quoted", "> Quoted" },
        { ">> Nested quote", ">> Nested quote" },
        { "::: warning\nInside\n:::", "::: warning Inside :::" },
        { "| a | b |\n|---|---|\n| c | d |", "| a | b | |---|---| | c | d |" },
        { "---\ntitle: Fake\n---", "--- title: Fake ---" },
        { "<div>\n# Inside HTML\n</div>", "<div> # Inside HTML </div>" },
        { "<!-- comment swallowing -->", "<!-- comment swallowing -->" },
        { "Para {.title}", "Para {.title}" },
        { "# Heading {#custom-id}", "# Heading {#custom-id}" },
        { "[ref]: https://x.example \"t\"", "[ref]: https://x.example \"t\"" },
    };

    [Theory]
    [MemberData(nameof(Shown))]
    public void A_block_in_md_text_is_shown_as_text_and_adds_no_structure(string hostile, string shown)
    {
        var baseline = Skeleton(Build(With(TestIncidents.Full(), "Plain words.")));
        var doc = Build(With(TestIncidents.Full(), hostile));

        Assert.Equal(baseline, Skeleton(doc));
        var texts = ParagraphTexts(doc);
        Assert.Equal(4, texts.Count(t => t == shown)); // summary, what happened, a lesson, user experience
    }

    [Theory]
    [InlineData("- item\n  # heading inside the item")]
    [InlineData("- item\n  ---")]
    [InlineData("1. item\n\n   > quote inside the item")]
    [InlineData("* [ref]: https://x.example")]
    [InlineData("- ***")]
    public void A_block_inside_a_list_item_is_shown_as_text(string hostile)
    {
        var baseline = Skeleton(Build(With(TestIncidents.Full(), "- Plain")));
        var doc = Build(With(TestIncidents.Full(), hostile));
        Assert.Equal(baseline, Skeleton(doc));
    }

    [Theory]
    [InlineData("# Heading", "# Heading")]
    [InlineData("--- rule-like", "--- rule-like")]
    [InlineData("___", "___")]
    [InlineData("~~~ fence", "~~~ fence")]
    [InlineData("```", "```")]
    [InlineData("[ref]: https://x.example", "[ref]: https://x.example")]
    [InlineData("> quote", "> quote")]
    public void One_line_md_text_cannot_open_a_block_where_it_starts_a_line(string measure, string shown)
    {
        var full = TestIncidents.Full();
        var baseline = Skeleton(Build(full));
        var doc = Build(full with { Prevention = new Prevention { ShortTerm = [new PreventionMeasure("Raised pool size", [])], LongTerm = [new PreventionMeasure(measure, ["A1", "A2"])] } });
        Assert.Equal(baseline, Skeleton(doc));
        Assert.Contains(shown + " (action items: A1, A2)", ParagraphTexts(doc));
    }

    [Fact]
    public void Allowed_markdown_stays_markdown()
    {
        var text = "Para with *em*, **strong**, `code` and [a link](https://x.example).\n\n- one\n- two\n  - nested\n\n```sql\nSELECT 1; -- # not a heading\n```\n\n    indented code > kept";
        var doc = Build(With(TestIncidents.Full(), text));
        var summary = doc.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary");
        Assert.Equal([typeof(ParagraphBlock), typeof(ListBlock), typeof(CodeBlock), typeof(CodeBlock)], summary.Blocks.Select(b => b.GetType()));
        Assert.Equal("SELECT 1; -- # not a heading", ((CodeBlock)summary.Blocks[2]).Code);
        Assert.Equal("sql", ((CodeBlock)summary.Blocks[2]).Language);
        Assert.Equal("indented code > kept", ((CodeBlock)summary.Blocks[3]).Code);
        var inlines = ((ParagraphBlock)summary.Blocks[0]).Inlines;
        Assert.Contains(inlines, i => i is EmphasisInline);
        Assert.Contains(inlines, i => i is StrongInline);
        Assert.Contains(inlines, i => i is CodeInline);
        Assert.Contains(inlines, i => i is LinkInline { Url: "https://x.example" });
    }

    [Theory]
    [InlineData("    <b>pipes | and {braces}</b>")]
    [InlineData("```\n<b>pipes | and {braces}</b> :: ![x](y)\n```")]
    public void Code_blocks_keep_every_character_as_written(string code)
    {
        var doc = Build(With(TestIncidents.Full(), "Intro.\n\n" + code));
        var summary = doc.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary");
        Assert.Equal("<b>pipes | and {braces}</b>" + (code.Contains("::") ? " :: ![x](y)" : ""), Assert.IsType<CodeBlock>(summary.Blocks[1]).Code);
    }

    [Fact]
    public void An_unclosed_fence_is_closed_at_the_end_of_its_field()
    {
        var doc = Build(With(TestIncidents.Full(), "Intro.\n\n~~~~\nlog line"));
        Assert.Equal(Skeleton(Build(With(TestIncidents.Full(), "Plain words."))), Skeleton(doc));
    }

    [Fact]
    public void A_fence_left_open_in_a_list_item_does_not_close_at_the_end()
    {
        // The fence ends with its list item, so "```" added at the end would open a new one swallowing the report.
        var doc = Build(With(TestIncidents.Full(), "- ```\nnot code any more"));
        Assert.Equal(Skeleton(Build(With(TestIncidents.Full(), "- Plain"))), Skeleton(doc));
    }

    /// <summary>The incident with <paramref name="text"/> in four (md) fields of different kinds.</summary>
    private static Incident With(Incident full, string text) => full with
    {
        Summary = text,
        RootCause = full.RootCause! with { WhatHappened = text },
        Lessons = new Lessons { WentWell = [text], CouldImprove = ["Alert on saturation"] },
        Impact = full.Impact! with { External = full.Impact.External! with { UserExperience = text } },
    };

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics) + "\n" + result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Document!;
    }
}

/// <summary>Attributes written after a fence's language are not attributes of the code block.</summary>
public class FenceInfoTests
{
    [Fact]
    public void Braces_after_a_fence_language_do_not_become_attributes()
    {
        var result = LayoutTestKit.Build(TestIncidents.Full() with { Summary = "Intro.\n\n```sql {.title #x}\nSELECT 1\n```" });
        var code = DocumentQuery.AllBlocks(result.Document!.Blocks).OfType<CodeBlock>().First(c => c.Code == "SELECT 1");
        Assert.Equal("sql", code.Language);
        // Had the braces become attributes, the mapper would warn that the class '.title' has no effect on a block.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("class", StringComparison.Ordinal));
    }
}
