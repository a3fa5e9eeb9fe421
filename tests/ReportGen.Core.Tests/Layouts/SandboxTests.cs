using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Layouts run sandboxed: loop, recursion and time limits; no file access but the layout's own partials;
/// no clock, randomness or .NET members. Every stop is a diagnostic at the layout file and line.</summary>
public class SandboxTests
{
    [Fact]
    public void Runaway_loop_stops_with_an_error_at_its_line_naming_the_limit_and_the_option()
    {
        var d = RenderError("# Report\n\n{{ while true }}x{{ end }}\n");
        Assert.EndsWith("/report.md.sbn", d.File);
        Assert.Equal(3, d.Line);
        Assert.Contains("loops ran more than", d.Message);
        Assert.Contains("--layout-budget", d.Hint);
    }

    [Fact]
    public void Endless_recursion_stops_with_an_error()
    {
        var d = RenderError("{{ func f\n  ret f\nend }}\n{{ f }}\n");
        Assert.EndsWith("/report.md.sbn", d.File);
        Assert.Contains("nested more than 32 deep", d.Message);
        Assert.Contains("--layout-budget", d.Hint);
    }

    [Theory]
    [InlineData("{{ for i in 1..15000 }}{{ 'x' * 1000 }}{{ end }}")]
    [InlineData("{{ s = 'xy' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s | string.size }}")]
    [InlineData("{{ s = 'xy' }}{{ for i in 1..40 }}{{ s = s | string.append s }}{{ end }}{{ s | string.size }}")]
    public void Runaway_output_stops_with_an_error_instead_of_a_cut_report(string template)
    {
        var d = RenderError("# Report\n\n" + template + "\n");
        Assert.Equal(3, d.Line);
        Assert.Contains("output passed", d.Message);
        Assert.Contains("characters", d.Message);
        Assert.Contains("--layout-budget", d.Hint);
    }

    [Fact]
    public void The_budget_option_raises_the_limits()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# Report\n\n{{ n = 0 }}{{ for i in 1..30000 }}{{ n = n + 1 }}{{ end }}{{ n }}\n"));
        var incident = TestIncidents.Minimal();
        var figures = TestIncidents.FiguresOf(incident);
        var tight = new ReportBuilder(layout, null, _ => LayoutTestKit.TinyPng).Build("i.yaml", incident, figures);
        Assert.Contains("loops ran more than", Assert.Single(tight.Diagnostics).Message);
        var raised = new ReportBuilder(layout, null, _ => LayoutTestKit.TinyPng, new LayoutBudget { Scale = 4 }).Build("i.yaml", incident, figures);
        Assert.Equal("# Report\n\n30000\n", raised.Markdown);
    }

    [Fact]
    public void The_loop_budget_grows_with_the_incident()
    {
        // Two loops over 15,000 entries: over the base budget, within what a linear layout gets for this many values.
        var layout = LayoutTestKit.Load(("report.md.sbn", "# Report\n\n{{ for e in incident.timeline }}{{ for k in 1..2 }}.{{ end }}{{ end }}\n"));
        var start = TestIncidents.Minimal().StartedAt;
        var incident = TestIncidents.Minimal() with
        {
            Timeline = Enumerable.Range(0, 15_000).Select(i => new ReportGen.Core.Model.TimelineEntry { At = start.AddSeconds(i), AtText = "x", Event = "e" }).ToList(),
        };
        var result = LayoutTestKit.Build(incident, layout);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(30_000 + "# Report\n\n\n".Length, result.Markdown!.Length);
    }

    [Fact]
    public void Slow_layout_stops_at_the_time_limit_at_its_line()
    {
        // One line: a busy machine may use up the 1 ms anywhere in it.
        var layout = LayoutTestKit.Load(("report.md.sbn", "{{ s = '' }}{{ for i in 1..19000 }}{{ s = s + 'xxxxxxxxxxxxxxxxxxxxx' }}{{ s | string.size }}{{ end }}"));
        var result = LayoutTestKit.Build(TestIncidents.Minimal(), layout.WithTimeLimit(TimeSpan.FromMilliseconds(1)));
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("ran longer than", d.Message);
        Assert.Equal((1, "report.md.sbn"), (d.Line, Path.GetFileName(d.File)));
        Assert.Contains("--layout-budget", d.Hint);
        Assert.Null(result.Markdown);
    }

    [Theory]
    [InlineData("../outside.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../outside.sbn")]
    [InlineData("missing.sbn")]
    [InlineData("theme.yaml")]
    public void Include_reaches_only_templates_of_the_layout_folder(string name)
    {
        var dir = LayoutTestKit.Folder(("layout/report.md.sbn", $"# Report\n\n{{{{ include '{name}' }}}}\n"), ("outside.sbn", "SECRET"), ("layout/theme.yaml", "page: { size: A4 }\n"));
        var layout = ReportLayout.Load(Path.Combine(dir, "layout")).Layout!;
        var result = LayoutTestKit.Build(TestIncidents.Minimal(), layout);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((3, DiagnosticSeverity.Error), (d.Line, d.Severity));
        Assert.Contains("no such template in the layout folder", d.Message);
    }

    [Fact]
    public void Partials_are_included_as_markdown_and_see_the_model()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# Report\n\n{{ include 'partials/id.md.sbn' }}\n"), ("partials/id.md.sbn", "**{{ incident.id }}**"));
        var result = LayoutTestKit.Build(TestIncidents.Minimal(), layout);
        Assert.Equal("# Report\n\n**INC-7**\n", result.Markdown);
    }

    [Fact]
    public void Captured_layout_markdown_is_escaped_unless_marked_raw()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "{{ capture x }}**{{ incident.id }}**{{ end }}{{ x }} {{ md.raw x }}\n"));
        Assert.Equal("\\*\\*INC-7\\*\\* **INC-7**\n", LayoutTestKit.Build(TestIncidents.Minimal(), layout).Markdown);
    }

    [Theory]
    [InlineData("date.now")]
    [InlineData("math.random")]
    [InlineData("math.uuid")]
    [InlineData("object.eval")]
    [InlineData("incident.started_at.year")]
    [InlineData("incident.timeline[0].at.ticks")]
    public void Clock_randomness_eval_and_dotnet_members_are_out_of_reach(string expression)
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", $"{{{{ if {expression} == null }}}}unreachable{{{{ else }}}}REACHED{{{{ end }}}}\n"));
        Assert.Equal("unreachable\n", LayoutTestKit.Build(TestIncidents.Minimal(), layout).Markdown);
    }

    [Fact]
    public void A_layout_cannot_change_what_another_render_sees()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "{{ incident.id }}{{ incident.id = 'CHANGED' }}{{ if math.extra == null }} fresh{{ end }}{{ math.extra = 1 }}\n"));
        var first = LayoutTestKit.Build(TestIncidents.Minimal(), layout);
        Assert.Equal("INC-7 fresh\n", first.Markdown);
        Assert.Equal(first.Markdown, LayoutTestKit.Build(TestIncidents.Minimal(), layout).Markdown);
    }

    private static Diagnostic RenderError(string template)
    {
        var result = LayoutTestKit.Build(TestIncidents.Minimal(), LayoutTestKit.Load(("report.md.sbn", template)));
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics);
    }
}
