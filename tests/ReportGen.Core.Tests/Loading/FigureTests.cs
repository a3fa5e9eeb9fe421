using ReportGen.Document.Diagnostics;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>Figure paths: resolved against the incident's folder, must stay inside it, exist and be images.</summary>
public class FigureTests
{
    private static string WithFigure(string path) => Minimal + $"""
        impact:
          figures:
            - title: Chart
              path: {path}

        """;

    [Fact]
    public void A_real_png_beside_the_file_is_accepted_and_resolved()
    {
        using var dir = new TempFolder();
        File.Copy(RepoPaths.Example("figures/db-pool.png"), dir.WriteBytes("figs/chart.png", []), overwrite: true);
        var result = Load(WithFigure("figs/chart.png"), dir.Path);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Path.Combine(dir.Path, "figs", "chart.png"), result.Incident!.Impact!.Figures[0].FullPath);
    }

    [Fact]
    public void Missing_figure_is_an_error_at_the_path()
    {
        using var dir = new TempFolder();
        var result = Load(WithFigure("figs/none.png"), dir.Path);
        Assert.True(result.Diagnostics.Count == 1, string.Join("\n", result.Diagnostics));
        AssertAt(Single(result, "figure file 'figs/none.png' does not exist"), DiagnosticSeverity.Error, 11, 13,
            "impact.figures[0].path", "relative to the incident file's folder");
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_an_error()
    {
        using var dir = new TempFolder();
        dir.Write("notes.png", "just text, renamed");
        var result = Load(WithFigure("notes.png"), dir.Path);
        AssertAt(Single(result, "is not a usable image: it is not a PNG, JPEG or SVG image"), DiagnosticSeverity.Error, 11, 13,
            "impact.figures[0].path", "use a PNG, JPEG or SVG file");
    }

    [Theory]
    [InlineData("../outside.png", "leaves the incident file's folder")]
    [InlineData("figs/../../outside.png", "leaves the incident file's folder")]
    [InlineData("/etc/passwd", "is absolute")]
    public void Paths_escaping_the_folder_are_refused_without_being_opened(string path, string problem)
    {
        using var outer = new TempFolder();
        // The escaping target exists and is a valid image: the refusal must come from the path, not from the file.
        File.Copy(RepoPaths.Example("figures/db-pool.png"), Path.Combine(outer.Path, "outside.png"));
        var inner = Path.Combine(outer.Path, "incident");
        Directory.CreateDirectory(inner);
        var result = Load(WithFigure(path), inner);
        AssertAt(Single(result, problem), DiagnosticSeverity.Error, 11, 13, "impact.figures[0].path", "in the incident file's folder or below it");
    }

    [Fact]
    public void A_symbolic_link_pointing_outside_is_refused()
    {
        using var outer = new TempFolder();
        var target = Path.Combine(outer.Path, "secret.png");
        File.Copy(RepoPaths.Example("figures/db-pool.png"), target);
        var inner = Path.Combine(outer.Path, "incident");
        Directory.CreateDirectory(inner);
        File.CreateSymbolicLink(Path.Combine(inner, "link.png"), target);
        var result = Load(WithFigure("link.png"), inner);
        Single(result, "is a link to a file outside the incident file's folder");
    }

    [Fact]
    public void A_linked_folder_pointing_outside_is_refused()
    {
        using var outer = new TempFolder();
        File.Copy(RepoPaths.Example("figures/db-pool.png"), Path.Combine(outer.Path, "secret.png"));
        var inner = Path.Combine(outer.Path, "incident");
        Directory.CreateDirectory(inner);
        Directory.CreateSymbolicLink(Path.Combine(inner, "figs"), outer.Path);
        var result = Load(WithFigure("figs/secret.png"), inner);
        Single(result, "is a link to a file outside the incident file's folder");
    }
}
