using ReportGen.Core.Diagnostics;
using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Layouts run sandboxed: loop, recursion and time limits; no file access but the layout's own partials;
/// no clock, randomness or .NET members. Every stop is a diagnostic at the layout file and line.</summary>
public class SandboxTests
{
    [Fact]
    public void Runaway_loop_stops_with_an_error_at_its_line()
    {
        var d = RenderError("# Report\n\n{{ while true }}x{{ end }}\n");
        Assert.EndsWith("/report.md.sbn", d.File);
        Assert.Equal(3, d.Line);
        Assert.Contains("limit", d.Message);
    }

    [Fact]
    public void Endless_recursion_stops_with_an_error()
    {
        var d = RenderError("{{ func f\n  ret f\nend }}\n{{ f }}\n");
        Assert.EndsWith("/report.md.sbn", d.File);
        Assert.Contains("recursive", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Slow_layout_stops_at_the_time_limit()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "{{ s = '' }}{{ for i in 1..19000 }}{{ s = s + 'xxxxxxxxxxxxxxxxxxxxx' }}{{ s | string.size }}{{ end }}"));
        var result = LayoutTestKit.Build(TestIncidents.Minimal(), layout.WithTimeLimit(TimeSpan.FromMilliseconds(1)));
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("ran longer than", d.Message);
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
