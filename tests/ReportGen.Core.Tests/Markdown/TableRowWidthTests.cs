using ReportGen.Document.Diagnostics;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>A table row a layout writes with more cells than its header: Markdig pads the header with blank cells, so
/// the text stays in the report; the warning that says so points at the layout's line.</summary>
public class TableRowWidthTests
{
    private const string Template = "# Services\n\n| Service | Owner |\n|---|---|\n| checkout | payments | on call | paged |\n| search | discovery |\n";

    [Fact]
    public void Extra_cells_keep_their_text_under_blank_headings_and_warn_at_the_layouts_line()
    {
        var result = LayoutTestKit.Build(TestIncidents.Full(), LayoutTestKit.Load(("report.md.sbn", Template)));

        var table = Assert.Single(result.Document!.Blocks.OfType<TableBlock>());
        Assert.Equal(["Service", "Owner", "", ""], table.Header.Cells.Select(c => Inlines.PlainText(c.Inlines)));
        Assert.Equal(["checkout", "payments", "on call", "paged"], table.Rows[0].Cells.Select(c => Inlines.PlainText(c.Inlines)));
        Assert.Equal(["search", "discovery", "", ""], table.Rows[1].Cells.Select(c => Inlines.PlainText(c.Inlines)));

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("more cells than its header", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("report.md.sbn", warning.File);
        Assert.Equal((5, 24), (warning.Line, warning.Column)); // " on call", the first cell past the header's two
        Assert.StartsWith("a row of this table writes more cells than its header's 2 (this one 4): the extra cells are shown under " +
            "blank headings; give the header a cell for each column, or write values into cells with md.cell", warning.Message);
    }

    [Fact]
    public void A_table_whose_rows_fit_its_header_has_no_warning()
    {
        var result = LayoutTestKit.Build(TestIncidents.Full(), LayoutTestKit.Load(("report.md.sbn",
            "# Services\n\n| Service | Owner | |\n|---|---|---|\n| checkout | payments | |\n| search |\n")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("more cells than its header", StringComparison.Ordinal));
    }
}
