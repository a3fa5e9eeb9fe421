using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>No output ever destroys an input, lands outside --out, or half-replaces a previous set of outputs.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Theory]
    [InlineData("incident.md", "md")]
    [InlineData("incident.pdf", "pdf")]
    public void An_input_its_own_output_would_overwrite_is_refused_and_the_batch_goes_on(string name, string format)
    {
        var yaml = IncidentText.Valid("INC-1");
        var input = _tree.Write($"in/{name}", yaml);
        _tree.Write("in/other.yaml", IncidentText.Valid("INC-2"));

        var run = CliRunner.Run("render", input, _tree.PathOf("in/other.yaml"), "--format", format);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(yaml, File.ReadAllText(input));
        Assert.True(File.Exists(_tree.PathOf($"in/other.{format}")));
        Assert.Contains($"FAIL  {input}", run.Out);
        Assert.Contains($"is an input file: writing it would destroy the input", run.Err);
        Assert.Contains("rendered 1, failed 1", run.Out);
    }

    [Fact]
    public void An_output_that_is_a_hard_link_to_its_input_is_refused_and_both_names_keep_the_input()
    {
        var yaml = IncidentText.Valid("INC-1");
        var input = _tree.Write("in/input.yaml", yaml);
        var link = _tree.PathOf("out/input.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        using (var ln = System.Diagnostics.Process.Start("ln", [input, link])!) ln.WaitForExit();
        Assert.True(File.Exists(link));

        var run = CliRunner.Run("render", input, "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"the output '{link}' is another name (a hard link) of the input '", run.Err);
        Assert.Contains("in/input.yaml': an output never replaces an input", run.Err);
        Assert.Equal(yaml, File.ReadAllText(input));
        Assert.Equal(yaml, File.ReadAllText(link)); // the link is left as it was, not replaced by a report
        Assert.Equal(["input.md"], _tree.Files("out"));
    }

    [Fact]
    public void A_folder_in_the_way_of_one_output_fails_that_file_keeps_its_previous_outputs_and_the_batch_goes_on()
    {
        _tree.Write("in/a.yaml", IncidentText.Valid("INC-1"));
        _tree.Write("in/b.yaml", IncidentText.Valid("INC-2"));
        _tree.Write("out/a.pdf", "previous pdf");
        Directory.CreateDirectory(_tree.PathOf("out/a.docx"));

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"));

        Assert.Equal(ExitCodes.InputFailed, run.ExitCode);
        Assert.Equal("previous pdf", File.ReadAllText(_tree.PathOf("out/a.pdf")));
        Assert.Equal(["a.pdf", "b.docx", "b.pdf"], _tree.Files("out"));
        Assert.Contains("a folder is in the way of the output", run.Err);
        Assert.Contains("rendered 1, failed 1", run.Out);
        Assert.DoesNotContain("Exception", run.Out + run.Err);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Fact]
    public void A_rename_failing_midway_puts_every_replaced_output_back()
    {
        var first = _tree.Write("out/a.pdf", "previous pdf");
        var second = _tree.PathOf("out/a.docx");
        using (var outputs = new OutputTransaction(_ => null)) // no pre-check: the second rename itself fails
        {
            outputs.StageBytes(first, "new pdf"u8.ToArray());
            outputs.StageBytes(second, "new docx"u8.ToArray());
            Directory.CreateDirectory(second); // appears after staging, as in a race

            var failure = Assert.Throws<OutputCommitException>(() => outputs.Commit(CancellationToken.None));
            Assert.True(failure.Restored);
        }

        Assert.Equal("previous pdf", File.ReadAllText(first));
        Assert.Equal(["a.pdf"], _tree.Files("out")); // no temporary file or backup left
    }

    [Fact]
    public void A_commit_replaces_previous_outputs_and_leaves_no_backup()
    {
        var pdf = _tree.Write("out/a.pdf", "previous pdf");
        using (var outputs = new OutputTransaction(_ => null))
        {
            outputs.StageBytes(pdf, "new pdf"u8.ToArray());
            outputs.StageBytes(_tree.PathOf("out/a.md"), "new md"u8.ToArray());
            outputs.Commit(CancellationToken.None);
        }

        Assert.Equal("new pdf", File.ReadAllText(pdf));
        Assert.Equal(["a.md", "a.pdf"], _tree.Files("out"));
    }

    [Fact]
    public void A_symlinked_folder_inside_out_cannot_send_outputs_outside_it()
    {
        _tree.Write("in/team/a.yaml", IncidentText.Valid("INC-1"));
        _tree.Write("in/b.yaml", IncidentText.Valid("INC-2"));
        Directory.CreateDirectory(_tree.PathOf("elsewhere"));
        Directory.CreateDirectory(_tree.PathOf("out"));
        Directory.CreateSymbolicLink(_tree.PathOf("out/team"), _tree.PathOf("elsewhere"));

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Empty(_tree.Files("elsewhere"));
        Assert.True(File.Exists(_tree.PathOf("out/b.md")));
        Assert.Contains("leads outside --out", run.Err);
    }

    [Fact]
    public void A_symlink_at_the_output_file_pointing_outside_out_is_refused()
    {
        _tree.Write("in/a.yaml", IncidentText.Valid("INC-1"));
        var outside = _tree.Write("precious.md", "keep me");
        Directory.CreateDirectory(_tree.PathOf("out"));
        File.CreateSymbolicLink(_tree.PathOf("out/a.md"), "../precious.md");

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.Equal("../precious.md", new FileInfo(_tree.PathOf("out/a.md")).LinkTarget);
    }

    [Fact]
    public void An_out_that_names_an_existing_file_is_a_usage_error()
    {
        _tree.Write("in/a.yaml", IncidentText.Valid("INC-1"));
        var file = _tree.Write("reports", "a file, not a folder");

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", file);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--out", run.Err);
        Assert.Contains("not a folder", run.Err);
        Assert.Equal("a file, not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void A_png_preview_that_would_replace_a_figure_of_the_incident_is_refused()
    {
        var figure = Path.Combine(RepoPaths.Root, "examples", "figures", "error-rate.png");
        _tree.Write("in/chart.yaml", IncidentText.Valid("INC-1") + "\nimpact:\n  figures:\n    - title: Error rate\n      path: chart-p1.png\n");
        File.Copy(figure, _tree.PathOf("in/chart-p1.png"));

        var run = CliRunner.Run("render", _tree.PathOf("in/chart.yaml"), "--format", "png");

        Assert.Equal(ExitCodes.InputFailed, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(figure), File.ReadAllBytes(_tree.PathOf("in/chart-p1.png")));
        Assert.Contains("is a figure of the incident", run.Err);
    }
}
