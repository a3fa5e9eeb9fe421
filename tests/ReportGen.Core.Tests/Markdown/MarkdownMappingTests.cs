using ReportGen.Document.Diagnostics;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>The Markdown a layout produces maps to the Document model; what the model cannot hold is an error, never
/// dropped: when the layout's own text wrote it, at the layout template's line (the Markdown line is in the hint).</summary>
public class MarkdownMappingTests
{
    [Theory]
    [InlineData("# R\n\n<div>block html</div>\n", 3, "raw HTML")]
    [InlineData("# R\n\ntext <b>bold</b>\n", 3, "raw HTML")]
    [InlineData("# R\n\nsome ::inline container:: here\n", 3, "'::'")]
    [InlineData("# R\n\ntext ![pic](figure:timeline) inline\n", 3, "stand alone")]
    [InlineData("# R\n\n![pic](figure:other)\n", 3, "unknown generated figure")]
    [InlineData("# R\n\n![pic](elsewhere.png)\n", 3, "not one of the incident's figures")]
    [InlineData("# R\n\n::: key-figures\nnot a list\n:::\n", 3, "key-figures")]
    [InlineData("# R\n\n::: signoff\n| Who | When |\n|---|---|\n| a | b |\n:::\n", 4, "Name and Role")]
    [InlineData("---\ntitle: x\ncolour: red\n---\n# R\n", 3, "unknown front matter key 'colour'")]
    [InlineData("# R\n\n:::\nno kind\n:::\n", 3, "needs a kind")]
    public void Unsupported_markdown_in_layout_text_is_an_error_at_its_template_line(string markdown, int line, string message)
    {
        var result = Build(markdown);
        Assert.Null(result.Document);
        Assert.NotNull(result.Markdown);
        Assert.All(result.Diagnostics, x => Assert.Equal(DiagnosticSeverity.Error, x.Severity));
        var d = result.Diagnostics[0];
        Assert.EndsWith("/report.md.sbn", d.File);
        Assert.Equal(line, d.Line);   // the template is the Markdown itself here, line for line
        Assert.Contains(message, d.Message);
        Assert.Contains($"line {line} of the Markdown", d.Hint);
    }

    [Fact]
    public void Blocks_and_inlines_map_with_their_lines()
    {
        const string md = """
            # Title {.title}

            Para with *em*, **strong**, `code`, [link](https://x.example) and <https://auto.example>,  
            a hard break &amp; an entity.

            3. three
            4. four
               - nested

            > quoted

            ::: warning Mind the gap
            Inside.
            :::

            ::: page-break
            :::

            ```sql
            SELECT 1;
            ```

            ---

            | Left | Mid | Right |
            |:--|:-:|--:|
            | `a\|b` | **x**{.tone-priority-p1} | 3 |
            | short |
            """;
        var doc = Build(md).Document!;
        Assert.Equal(
            [typeof(HeadingBlock), typeof(ParagraphBlock), typeof(ListBlock), typeof(CalloutBlock), typeof(CalloutBlock),
             typeof(PageBreakBlock), typeof(CodeBlock), typeof(RuleBlock), typeof(TableBlock)],
            doc.Blocks.Select(b => b.GetType()));
        Assert.Equal([1, 3, 6, 10, 12, 16, 19, 23, 25], doc.Blocks.Select(b => b.SourceLine));

        var para = (ParagraphBlock)doc.Blocks[1];
        Assert.Equal(
            [typeof(TextInline), typeof(EmphasisInline), typeof(TextInline), typeof(StrongInline), typeof(TextInline), typeof(CodeInline),
             typeof(TextInline), typeof(LinkInline), typeof(TextInline), typeof(LinkInline), typeof(TextInline), typeof(LineBreakInline), typeof(TextInline)],
            para.Inlines.Select(i => i.GetType()));
        Assert.Equal("a hard break & an entity.", ((TextInline)para.Inlines[^1]).Text);

        var list = (ListBlock)doc.Blocks[2];
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.IsType<ListBlock>(list.Items[1].Blocks[1]);

        Assert.Equal(("quote", (string?)null), (((CalloutBlock)doc.Blocks[3]).Kind, ((CalloutBlock)doc.Blocks[3]).Title));
        Assert.Equal(("warning", "Mind the gap"), (((CalloutBlock)doc.Blocks[4]).Kind, ((CalloutBlock)doc.Blocks[4]).Title));
        var code = (CodeBlock)doc.Blocks[6];
        Assert.Equal(("SELECT 1;", "sql"), (code.Code, code.Language));

        var table = (TableBlock)doc.Blocks[8];
        Assert.Equal([ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right], table.Columns.Select(c => c.Alignment));
        Assert.Equal("a|b", ((CodeInline)table.Rows[0].Cells[0].Inlines[0]).Code);
        Assert.Equal("priority-p1", table.Rows[0].Cells[1].Tone);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
    }

    [Fact]
    public void Headings_get_unique_anchors_and_dangling_links_warn()
    {
        var result = Build("# Notes\n\n# Notes\n\n## Custom {#here}\n\nSee [there](#nowhere) and [here](#here).\n");
        var doc = result.Document!;
        Assert.Equal(["notes", "notes-2", "here"], doc.Blocks.OfType<HeadingBlock>().Select(h => h.AnchorId));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 7), (warning.Severity, warning.Line));
        Assert.Contains("#nowhere", warning.Message);
    }

    [Fact]
    public void Dangling_links_in_lists_emphasis_and_tables_warn_at_their_lines_in_document_order()
    {
        var result = Build("# R\n\n- item [a](#x1)\n  - nested **[b](#x2) and [ok](#r)**\n\n| H | [h](#x3) |\n|---|---|\n| [c](#x4) | d |\n\n::: note\n[e](#x5)\n:::\n");
        Assert.NotNull(result.Document);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal([(3, "#x1"), (4, "#x2"), (6, "#x3"), (8, "#x4"), (11, "#x5")], // a table cell: at its row
            result.Diagnostics.Select(d => (d.Line, d.Message.Split('\'')[1])));
    }

    [Fact]
    public void Separator_dashes_give_width_hints_only_when_they_differ()
    {
        var doc = Build("| A | B |\n|:--|:------|\n| 1 | 2 |\n\n| C | D |\n|:--|:--|\n| 3 | 4 |\n").Document!;
        var tables = doc.Blocks.OfType<TableBlock>().ToList();
        var hinted = tables[0].Columns.Select(c => c.WidthWeight!.Value).ToList();
        Assert.Equal(3.0, hinted[1] / hinted[0], 1);
        Assert.All(tables[1].Columns, c => Assert.Null(c.WidthWeight));
    }

    [Fact]
    public void Deeper_headings_become_level_three()
    {
        var doc = Build("#### Deep\n").Document!;
        Assert.Equal(3, Assert.IsType<HeadingBlock>(Assert.Single(doc.Blocks)).Level);
    }

    private static BuildResult Build(string markdown)
    {
        var template = markdown.Replace("{{", "{{ '{{' }}");
        return LayoutTestKit.Build(TestIncidents.Minimal(), LayoutTestKit.Load(("report.md.sbn", template)));
    }
}
