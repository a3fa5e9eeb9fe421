namespace ReportGen.Cli.Tests.Render;

/// <summary>The customisation paths a user takes: export the layout, edit it, render with it; bring a Word template.</summary>
public sealed class LayoutAndTemplateTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void An_exported_and_edited_layout_is_what_render_uses()
    {
        var export = CliRunner.Run("layout", "export", _tree.PathOf("my-layout"));
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        var template = _tree.PathOf("my-layout/report.md.sbn");
        Assert.True(File.Exists(template));
        Assert.True(File.Exists(_tree.PathOf("my-layout/theme.yaml")));
        File.AppendAllText(template, "\n\nPrepared by the Reliability Office.\n");
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-7"));

        var result = CliRunner.Run("render", input, "--layout", _tree.PathOf("my-layout"), "--out", _tree.PathOf("out"), "--format", "md,pdf");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Prepared by the Reliability Office.", File.ReadAllText(_tree.PathOf("out/one.md")));
    }

    [Fact]
    public void Exporting_over_an_existing_layout_needs_force()
    {
        Assert.Equal(ExitCodes.Success, CliRunner.Run("layout", "export", _tree.PathOf("l")).ExitCode);
        var again = CliRunner.Run("layout", "export", _tree.PathOf("l"));

        Assert.NotEqual(ExitCodes.Success, again.ExitCode);
        Assert.Contains("--force", again.Err + again.Out);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("layout", "export", _tree.PathOf("l"), "--force").ExitCode);
    }

    [Fact]
    public void A_reference_docx_that_is_not_a_word_file_is_one_usage_error_and_nothing_is_written()
    {
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-7"));
        var template = _tree.Write("company.docx", "this is not a zip file");

        var result = CliRunner.Run("render", input, "--reference-docx", template, "--out", _tree.PathOf("out"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--reference-docx", result.Err);
        Assert.Empty(_tree.Files("out"));
    }
}
