using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

public sealed class BatchRenderTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private void LayOutMixedFolder()
    {
        _tree.Write("in/checkout.yaml", IncidentText.Valid("INC-1"));
        _tree.Write("in/team-a/db-failover.yml", IncidentText.Valid("INC-2", "Primary database failed over"));
        _tree.Write("in/team-a/deep/cdn.yaml", IncidentText.Valid("INC-3", "CDN purge storm"));
        _tree.Write("in/team-b/broken.yaml", IncidentText.Invalid);
        _tree.Write("in/team-b/notes.txt", "not an incident");
    }

    [Fact]
    public void Mixed_folder_renders_every_valid_file_in_every_format_and_nothing_for_the_invalid_one()
    {
        LayOutMixedFolder();
        var result = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "pdf,docx,md");

        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        Assert.Equal(
            [
                "checkout.docx", "checkout.md", "checkout.pdf",
                "team-a/db-failover.docx", "team-a/db-failover.md", "team-a/db-failover.pdf",
                "team-a/deep/cdn.docx", "team-a/deep/cdn.md", "team-a/deep/cdn.pdf",
            ],
            _tree.Files("out"));
        Assert.Contains("broken.yaml", result.Out);
        Assert.Contains("severity", result.Err);
        Assert.Contains("rendered 3, failed 1", result.Out);
        // The failures list names each failed file once, then its first problem with line and column.
        var failure = result.Out.Split('\n').Single(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("broken.yaml"));
        Assert.Matches(@"^  \S*broken\.yaml:\d+:\d+: error: ", failure);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(failure, "broken\\.yaml"));
        Assert.DoesNotContain(_tree.Files(), f => Path.GetFileName(f).StartsWith(OutputTransaction.TempPrefix, StringComparison.Ordinal));
        Assert.True(File.ReadAllBytes(_tree.PathOf("out/checkout.pdf")).AsSpan().StartsWith("%PDF-"u8));
        Assert.True(File.ReadAllBytes(_tree.PathOf("out/checkout.docx")).AsSpan().StartsWith("PK"u8));
    }

    [Fact]
    public void Rerunning_the_same_folder_leaves_byte_identical_outputs()
    {
        LayOutMixedFolder();
        CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out1"), "--format", "pdf,docx,md,png");
        CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out2"), "--format", "pdf,docx,md,png", "--jobs", "1");

        var first = _tree.Files("out1");
        Assert.NotEmpty(first);
        Assert.Equal(first, _tree.Files("out2"));
        foreach (var file in first)
            Assert.True(File.ReadAllBytes(_tree.PathOf("out1/" + file)).SequenceEqual(File.ReadAllBytes(_tree.PathOf("out2/" + file))), $"{file} differs between runs");
    }

    [Fact]
    public void Two_inputs_that_would_write_the_same_outputs_are_refused_before_anything_is_written()
    {
        _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1"));
        _tree.Write("in/outage.yml", IncidentText.Valid("INC-2"));
        var result = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("would both write", result.Err);
        Assert.Empty(_tree.Files("out"));
    }

    [Fact]
    public void Without_out_outputs_land_next_to_each_input_named_after_the_file_not_the_id()
    {
        var input = _tree.Write("in/sub/checkout-outage.yaml", IncidentText.Valid("../../../etc/INC-1"));
        var result = CliRunner.Run("render", input, "--format", "md");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["sub/checkout-outage.md", "sub/checkout-outage.yaml"], _tree.Files("in"));
    }

    [Fact]
    public void A_single_file_prints_where_each_output_went()
    {
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-9"));
        var result = CliRunner.Run("render", input, "--out", _tree.PathOf("out"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(Path.Combine("out", "one.pdf"), result.Out);
        Assert.Contains(Path.Combine("out", "one.docx"), result.Out);
    }

    [Theory]
    [InlineData("--format", "pdf,html")]
    [InlineData("--jobs", "0")]
    public void Bad_options_are_usage_errors_with_a_hint(string option, string value)
    {
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-9"));
        var result = CliRunner.Run("render", input, option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("hint:", result.Err);
        Assert.DoesNotContain(_tree.Files(), f => !f.EndsWith(".yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported_and_the_other_files_still_render()
    {
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-9"));
        var result = CliRunner.Run("render", input, _tree.PathOf("missing.yaml"), "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        Assert.Contains("missing.yaml", result.Err);
        Assert.Equal(["one.md"], _tree.Files("out"));
    }
}
