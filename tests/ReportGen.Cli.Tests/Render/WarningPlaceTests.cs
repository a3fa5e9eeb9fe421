namespace ReportGen.Cli.Tests.Render;

/// <summary>Warnings keep their place all the way to the terminal: a warning about a figure or a table row names the
/// incident file's line (not <c>file:0:0</c>, not the intermediate Markdown), and a Markdown problem the layout's own
/// text causes names the layout template's line.</summary>
public sealed class WarningPlaceTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    // Lines and columns are 1-based, as printed: the summary's "|" is 6:10, the 09:40 entry's "at" value 11:9, the
    // figure's mapping ("title:" after "- ") 15:7.
    private const string Incident = """
        id: INC-7
        title: Checkout API returned 503s
        severity: high
        status: draft
        started_at: 2026-03-14T09:12:00Z
        summary: |
          The checkout API returned errors; see [the runbook](#no-such-section).
        timeline:
          - at: "09:12"
            event: Error-rate alert fired
          - at: "09:40"
            event: Pool raised, as [the plan](#nowhere-either) said
        impact:
          figures:
            - title: Error rate
              path: figures/blurred.svg
        """;

    // An SVG with a filter: both writers draw it without the filter and say so.
    private const string BlurredSvg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <defs><filter id="b"><feGaussianBlur stdDeviation="2"/></filter></defs>
          <rect x="10" y="10" width="180" height="80" fill="#36c" filter="url(#b)"/>
        </svg>
        """;

    private CliRunner.Result Render(params string[] extra) => RenderText(Incident, extra);

    private CliRunner.Result RenderText(string text, params string[] extra)
    {
        var incident = _tree.Write("in/incident.yaml", text);
        _tree.Write("in/figures/blurred.svg", BlurredSvg);
        var result = CliRunner.Run(["render", incident, "--out", _tree.PathOf("out"), .. extra]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
        return result;
    }

    private static IReadOnlyList<string> WarningLines(CliRunner.Result result) =>
        (result.Out + result.Err).Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_writer_warning_about_a_figure_names_the_figures_line_in_the_incident_file()
    {
        var lines = WarningLines(Render("--format", "pdf,docx"));
        var pdf = Assert.Single(lines, l => l.Contains("pdf: SVG figure 'figures/blurred.svg': not drawn: filters", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:15:7: warning: ", Display(pdf));
        Assert.EndsWith("(impact.figures[0])", pdf);
        var docx = Assert.Single(lines, l => l.Contains("docx: the SVG figure 'figures/blurred.svg'", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:15:7: warning: ", Display(docx));
        Assert.DoesNotContain(lines, l => l.Contains(":0:0:", StringComparison.Ordinal) || l.Contains(".md:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_about_a_table_row_names_the_rows_line_in_the_incident_file()
    {
        var lines = WarningLines(Render("--format", "pdf"));
        // The timeline table's second row comes from the 09:40 entry: its "at" value is line 11, column 9.
        var markdown = Assert.Single(lines, l => l.Contains("link '#nowhere-either' points at no heading", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:11:9: warning: ", Display(markdown));
        Assert.EndsWith("(timeline[1].at)", markdown);
        var pdf = Assert.Single(lines, l => l.Contains("pdf: the link to '#nowhere-either'", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:11:9: warning: ", Display(pdf));
    }

    [Fact]
    public void A_markdown_problem_in_user_text_names_the_values_line()
    {
        var lines = WarningLines(Render("--format", "md"));
        var summary = Assert.Single(lines, l => l.Contains("link '#no-such-section' points at no heading", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:6:10: warning: ", Display(summary));
        Assert.EndsWith("(summary)", summary);
        // The Markdown carries no marker: neither a side-table marker (there is none) nor a value marker for the .docx.
        Assert.DoesNotContain(File.ReadAllText(_tree.PathOf("out/incident.md")), c => c is >= '\u2E00' and <= '\u2E14');
    }

    [Fact]
    public void A_markdown_problem_in_layout_text_names_the_layout_templates_line()
    {
        var layout = _tree.PathOf("layout");
        _tree.Write("layout/report.md.sbn", """
            # {{ incident.title }}

            ## Details {.wide}

            {{ md.block incident.summary }}
            """);
        var lines = WarningLines(Render("--format", "md", "--layout", layout));
        var line = Assert.Single(lines, l => l.Contains("the class '.wide' has no effect", StringComparison.Ordinal));
        Assert.Matches(@"layout/report\.md\.sbn:3:1: warning: ", Display(line));
    }

    [Fact]
    public void A_markdown_problem_in_a_list_item_names_that_items_line()
    {
        // Lines 19 and 20: each item of the list is its own value, not the list's key at line 18.
        var lines = WarningLines(RenderText(Incident + """

            lessons:
              went_well:
                - Alerting was fast
                - Rollback followed [the plan](#no-plan-here)
            """, "--format", "md"));
        var item = Assert.Single(lines, l => l.Contains("link '#no-plan-here' points at no heading", StringComparison.Ordinal));
        Assert.StartsWith("in/incident.yaml:20:7: warning: ", Display(item));
        Assert.EndsWith("(lessons.went_well[1])", item);
    }

    [Fact]
    public void Values_before_layout_text_do_not_move_its_place()
    {
        // The title and the summary (an inline value, then a block value) come before the layout text with the problem:
        // its place must still be the template's.
        var layout = _tree.PathOf("layout");
        _tree.Write("layout/report.md.sbn", """
            # {{ incident.title }}

            {{ md.block incident.summary }}

            **Note:** {{ incident.title }} is the title.

            ## Details {.wide}
            """);
        var result = Render("--format", "md", "--layout", layout);
        var line = Assert.Single(WarningLines(result), l => l.Contains("the class '.wide' has no effect", StringComparison.Ordinal));
        Assert.Matches(@"layout/report\.md\.sbn:7:1: warning: ", Display(line));
        // The hint names the line of the Markdown --format md writes.
        var markdown = File.ReadAllLines(_tree.PathOf("out/incident.md"));
        var hint = (result.Out + result.Err).Split('\n').Select(l => l.Trim()).First(l => l.Contains("of the Markdown layout", StringComparison.Ordinal));
        var number = int.Parse(System.Text.RegularExpressions.Regex.Match(hint, @"line (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("## Details {.wide}", markdown[number - 1]);
    }

    /// <summary>The line with the temp folder cut off and separators as on Linux, so it reads as printed relative.</summary>
    private string Display(string line) => line.Replace(_tree.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace('\\', '/');
}
