using ReportGen.Core.Markdown;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Long tables are parsed in pieces (Markdig is quadratic in the emphasis marks of one table) and joined again:
/// the document sees one table, and diagnostics name lines of the Markdown the layout wrote.</summary>
public class TableChunkerTests
{
    private static string ActionTable(int rows) =>
        "| ID | Action |\n|:--|:--|\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"| **A{i}** | Fix *item {i}* |\n"));

    [Fact]
    public void A_long_table_is_cut_into_pieces_that_parse_back_into_one_table()
    {
        var markdown = "# R\n\n" + ActionTable(1000) + "\nafter\n";
        var (parsed, lines) = TableChunker.Split(markdown);
        Assert.True(lines.HasContinuations);
        Assert.True(parsed.Length > markdown.Length);

        var doc = Map(markdown);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(1000, table.Rows.Count);
        Assert.Equal(["A999", "Fix item 999"], table.Rows[^1].Cells.Select(Text));
        Assert.IsType<StrongInline>(table.Rows[500].Cells[0].Inlines[0]);
        Assert.Equal("after", Inlines.PlainText(((ParagraphBlock)doc.Blocks[^1]).Inlines));
        Assert.Equal(1006, doc.Blocks[^1].SourceLine); // the line in the Markdown as written, not as cut
    }

    [Fact]
    public void A_table_inside_the_signoff_container_is_joined_too()
    {
        var rows = string.Concat(Enumerable.Range(0, 600).Select(i => $"| *Name {i}* | Reviewer |  | 2026-03-18 |\n"));
        var doc = Map("::: signoff\n| Name | Role | Signature | Date |\n|:--|:--|:--|:--|\n" + rows + ":::\n");
        var signOff = Assert.Single(doc.Blocks.OfType<SignOffBlock>());
        Assert.Equal(600, signOff.Entries.Count);
        Assert.Equal("Name 599", signOff.Entries[^1].Name);
    }

    [Fact]
    public void An_error_after_a_cut_table_names_its_line_in_the_written_markdown()
    {
        var markdown = ActionTable(1000) + "\n:::\nno kind\n:::\n";
        var (parsed, lines) = TableChunker.Split(markdown);
        var problems = new MarkdownProblems("r.md", "t", lines);
        var ast = Markdig.Markdown.Parse(parsed, MarkdownPipelines.Report);
        TableChunker.Merge(ast, lines);
        new DocumentMapper(problems, _ => null).Map(ast);
        var error = Assert.Single(problems.Items);
        Assert.Equal(1004, error.Line);
        Assert.Contains("needs a kind", error.Message);
    }

    [Fact]
    public void Table_like_lines_in_fenced_code_are_never_cut()
    {
        var code = "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"| *{i}* | _x_ |\n"));
        var markdown = "- item\n\n  ```\n" + code.Replace("\n", "\n  ").TrimEnd(' ') + "  ```\n";
        var (parsed, lines) = TableChunker.Split(markdown);
        Assert.Equal(markdown, parsed);
        Assert.False(lines.HasContinuations);
    }

    private static ReportDocument Map(string markdown)
    {
        var (parsed, lines) = TableChunker.Split(markdown);
        var problems = new MarkdownProblems("r.md", "t", lines);
        var ast = Markdig.Markdown.Parse(parsed, MarkdownPipelines.Report);
        TableChunker.Merge(ast, lines);
        var mapped = new DocumentMapper(problems, _ => null).Map(ast);
        Assert.Empty(problems.Items);
        return new ReportDocument { Settings = new DocumentSettings { Title = "t" }, Theme = new Theme(), Blocks = mapped.Blocks };
    }
}
