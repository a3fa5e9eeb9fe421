using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>A broken layout or theme is reported at its file, line and column, never as an exception.</summary>
public class LayoutErrorTests
{
    [Fact]
    public void Syntax_error_in_a_partial_names_the_partial_and_line()
    {
        var dir = LayoutTestKit.Folder(("report.md.sbn", "# R\n{{ include 'partials/bad.md.sbn' }}\n"), ("partials/bad.md.sbn", "ok\n\n  {{ if }}\n"));
        var result = ReportLayout.Load(dir);
        Assert.Null(result.Layout);
        var d = result.Diagnostics.First(x => x.IsError);
        Assert.Equal($"{dir}/partials/bad.md.sbn", d.File);
        Assert.Equal((3, 9), (d.Line, d.Column));
        Assert.Contains("if", d.Message);
    }

    [Fact]
    public void Runtime_error_points_at_the_layout_line()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n\nline three\n\nx {{ format.date }}\n"));
        var d = Assert.Single(LayoutTestKit.Build(TestIncidents.Minimal(), layout).Diagnostics);
        Assert.Equal(5, d.Line);
        Assert.InRange(d.Column, 6, 17); // within "format.date": Scriban points where the argument is missing
        Assert.Contains("arguments", d.Message);
        Assert.EndsWith("report.md.sbn", d.File);
    }

    [Theory]
    [InlineData("{{ md.code 'x' }}")]
    [InlineData("{{ md.text 'a' 'b' }}")]
    public void A_helper_given_the_wrong_number_of_arguments_is_an_error_at_its_line(string call)
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n\n" + call + "\n"));
        var d = Assert.Single(LayoutTestKit.Build(TestIncidents.Minimal(), layout).Diagnostics);
        Assert.Equal(3, d.Line);
        Assert.Contains("argument", d.Message);
    }

    [Fact]
    public void Missing_main_template_and_missing_folder_are_errors()
    {
        var noMain = ReportLayout.Load(LayoutTestKit.Folder(("other.sbn", "x")));
        Assert.Null(noMain.Layout);
        Assert.Contains(noMain.Diagnostics, d => d.Message.Contains("report.md.sbn"));

        var missing = ReportLayout.Load("/nonexistent/layout");
        Assert.Equal("layout folder '/nonexistent/layout' does not exist", Assert.Single(missing.Diagnostics).Message);
    }

    [Fact]
    public void Hidden_files_are_not_part_of_a_layout()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n"), (".git/config", "x"), (".report.md.sbn.swp", "{{ if }}"));
        Assert.Equal(["report.md.sbn"], layout.Files);
    }

    [Fact]
    public void Theme_errors_point_at_their_lines()
    {
        var dir = LayoutTestKit.Folder(("report.md.sbn", "# R\n"), ("theme.yaml",
            "page:\n  size: A5\ncolours: {}\ncolors:\n  text: \"#12345\"\nsizes: { body: 500 }\ntones:\n  priority-p0: { fill: \"#000000\" }\nlogo: missing.png\n"));
        var result = ReportLayout.Load(dir);
        Assert.Null(result.Layout);
        Assert.All(result.Diagnostics, d => Assert.Equal($"{dir}/theme.yaml", d.File));
        Assert.Equal([2, 3, 5, 6, 8, 9], result.Diagnostics.Select(d => d.Line));
        Assert.Contains("valid keys here", result.Diagnostics[1].Hint);
    }

    [Fact]
    public void Theme_values_are_read_and_defaults_fill_the_rest()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n"), ("theme.yaml",
            "page: { size: letter, margins: { left: 40 } }\nfonts: { pdf: { body: DejaVu Sans } }\ncolors: { accent: \"#FF0000\" }\ntones: { priority-p0: { fill: \"#000000\", text: \"#FFFFFF\" } }\n"));
        var t = layout.Theme;
        Assert.Equal("Letter", t.PageSize);
        Assert.Equal(new Margins(40, 56.7, 62, 56.7), t.Margins);
        Assert.Equal(new FontSet("DejaVu Sans", "Liberation Sans", "Liberation Mono"), t.PdfFonts);
        Assert.Equal(RgbColor.Parse("#FF0000"), t.Colors.Accent);
        Assert.Equal(RgbColor.Parse("#000000"), t.FindTone("priority-p0")!.Fill);
        Assert.NotNull(t.FindTone("severity-high"));
    }

    [Fact]
    public void Built_in_theme_matches_the_model_defaults()
    {
        var builtIn = LayoutTestKit.Default.Theme;
        var defaults = new Theme();
        Assert.Equal(defaults with { Tones = builtIn.Tones, CalloutTones = builtIn.CalloutTones }, builtIn);
        foreach (var (name, tone) in builtIn.Tones) Assert.Equal(Theme.DefaultTones[name], tone);
        Assert.Equal(Theme.DefaultTones.Count, builtIn.Tones.Count);
        Assert.Equal(Theme.DefaultCalloutTones.OrderBy(p => p.Key), builtIn.CalloutTones.OrderBy(p => p.Key));
        Assert.Equal("postmortem", LayoutTestKit.Default.Name);
    }

    [Fact]
    public void Exported_layout_loads_and_renders_the_same_markdown()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rg-export-" + Guid.NewGuid().ToString("N"));
        LayoutTestKit.Default.Export(dir);
        Assert.True(File.Exists(Path.Combine(dir, "report.md.sbn")));
        Assert.True(File.Exists(Path.Combine(dir, "theme.yaml")));
        Assert.True(File.Exists(Path.Combine(dir, "README.md")));
        var exported = ReportLayout.Load(dir);
        Assert.Empty(exported.Diagnostics);
        var incident = TestIncidents.Full();
        Assert.Equal(LayoutTestKit.Build(incident).Markdown, LayoutTestKit.Build(incident, exported.Layout).Markdown);
    }
}
