using ReportGen.Document.Diagnostics;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Layouts;

/// <summary><c>timeline[].source</c>: a link to the alert, chat message or ticket an entry came from, loaded, checked
/// like any key, and shown as a small "source" link after the event.</summary>
public class TimelineSourceTests
{
    private const string Url = "https://chat.example/archives/C042/p1710407520";
    private static readonly string WithSource = Minimal.Replace("    event: Something happened", $"    event: Something happened\n    source: {Url}");

    [Fact]
    public void A_source_is_loaded_into_the_timeline_entry()
    {
        var result = Load(WithSource);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Url, result.Incident!.Timeline[0].Source);
    }

    [Fact]
    public void The_event_cell_ends_with_a_source_link_to_it()
    {
        var cell = EventCell(WithSource);
        Assert.Equal("Something happened (source)", Text(cell));
        var link = Assert.Single(cell.Inlines.OfType<LinkInline>());
        Assert.Equal(Url, link.Url);
        Assert.Equal("source", Inlines.PlainText(link.Children));
    }

    [Fact]
    public void An_entry_without_a_source_has_no_link()
    {
        var cell = EventCell(Minimal);
        Assert.Equal("Something happened", Text(cell));
        Assert.DoesNotContain(cell.Inlines, i => i is LinkInline);
    }

    [Fact]
    public void A_misspelt_source_gets_a_did_you_mean_at_its_line()
    {
        var d = Single(Load(WithSource.Replace("source:", "sourse:")), "unknown key");
        AssertAt(d, DiagnosticSeverity.Error, 8, 5, "timeline[0].sourse", "did you mean 'source'?");
    }

    [Fact]
    public void A_source_that_is_a_list_is_an_error_at_its_line()
    {
        var d = Single(Load(WithSource.Replace(Url, "[a, b]")), "expected text");
        AssertAt(d, DiagnosticSeverity.Error, 8, 13, "timeline[0].source", "write text here");
    }

    [Fact]
    public void A_source_that_runs_script_is_a_warning_at_its_line_and_prints_as_text()
    {
        var yaml = WithSource.Replace(Url, "javascript:alert(1)");
        var d = Single(Load(yaml), "runs script when clicked");
        AssertAt(d, DiagnosticSeverity.Warning, 8, 13, "timeline[0].source", "reports link only to");
        var cell = EventCell(yaml);
        Assert.DoesNotContain(cell.Inlines, i => i is LinkInline);
        Assert.Contains("javascript:alert(1)", Text(cell));
    }

    private static TableCell EventCell(string yaml)
    {
        var loaded = Load(yaml);
        var document = new ReportBuilder(LayoutTestKit.Default).Build(loaded).Document!;
        return Table(document, "Time").Rows[0].Cells[1];
    }
}
