namespace ReportGen.Cli.Tests.Commands;

/// <summary>--max-image-size on validate, render and review: the figure file size cap is an option, named in the error it
/// causes, and a nonsense value is a usage error naming the option.</summary>
public class MaxImageSizeTests
{
    [Fact]
    public void Validate_refuses_a_figure_file_over_the_cap_naming_the_option_and_accepts_it_when_raised()
    {
        var size = new FileInfo(Path.Combine(RepoPaths.Root, "examples/figures/error-rate.png")).Length;
        var tight = CliRunner.RunIn(RepoPaths.Root, "validate", "examples/checkout-outage.yaml", "--max-image-size", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, tight.ExitCode);
        Assert.Contains("figure file 'figures/error-rate.png' is not a usable image: the file is larger than the", tight.Out);
        Assert.Contains("--max-image-size raises the limit", tight.Out);
        Assert.Equal(0, CliRunner.RunIn(RepoPaths.Root, "validate", "examples/checkout-outage.yaml", "--max-image-size", "1MiB").ExitCode);
    }

    [Fact]
    public void Render_applies_the_cap_before_writing_anything_and_a_raised_cap_renders()
    {
        using var dir = new TempFolder();
        var run = CliRunner.RunIn(RepoPaths.Root, "render", "examples/checkout-outage.yaml", "--out", dir.Path, "--format", "md",
            "--max-image-size", "1KiB");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--max-image-size raises the limit", run.Out + run.Err);
        Assert.Empty(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
        var raised = CliRunner.RunIn(RepoPaths.Root, "render", "examples/checkout-outage.yaml", "--out", dir.Path, "--format", "md",
            "--max-image-size", "64MiB");
        Assert.Equal(0, raised.ExitCode);
    }

    [Fact]
    public void Review_leaves_out_an_incident_whose_figure_is_over_the_cap_and_includes_it_when_raised()
    {
        using var dir = new TempFolder();
        var tight = CliRunner.RunIn(RepoPaths.Root, "review", "examples/checkout-outage.yaml", "examples/search-latency.yaml",
            "--out", dir.Path, "--format", "md", "--max-image-size", "1KiB");
        Assert.Equal(1, tight.ExitCode);
        var md = File.ReadAllText(Path.Combine(dir.Path, "review.md"));
        Assert.Contains("## Not included", md);
        Assert.Contains("--max-image-size raises the limit", tight.Out + tight.Err);
        var raised = CliRunner.RunIn(RepoPaths.Root, "review", "examples/checkout-outage.yaml", "examples/search-latency.yaml",
            "--out", dir.Path, "--format", "md", "--max-image-size", "64MiB");
        Assert.Equal(0, raised.ExitCode);
        Assert.DoesNotContain("## Not included", File.ReadAllText(Path.Combine(dir.Path, "review.md")));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("render")]
    [InlineData("review")]
    public void Zero_negative_text_or_over_a_gibibyte_is_a_usage_error_naming_the_option(string command)
    {
        foreach (var value in new[] { "0", "-5", "lots", "2GiB" })
        {
            string[] output = command == "review" ? ["--out", Path.Combine(Path.GetTempPath(), "reportgen-never-written")] : [];
            var run = CliRunner.RunIn(RepoPaths.Root, [command, "examples/search-latency.yaml", "--max-image-size", value, .. output]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--max-image-size", run.Err);
        }
    }
}
