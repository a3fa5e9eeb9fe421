namespace ReportGen.Cli.Tests.Commands;

/// <summary>--max-image-pixels on validate and render: the figure pixel cap is an option, named in the error it
/// causes, and a nonsense value is a usage error.</summary>
public class MaxImagePixelsTests
{
    [Fact]
    public void Validate_applies_the_cap_at_the_figure_path_and_names_the_option()
    {
        // checkout-outage.yaml's figures are 800x320 and 240x120 pixels.
        var run = CliRunner.RunIn(RepoPaths.Root, "validate", "examples/checkout-outage.yaml", "--max-image-pixels", "100000");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: figure 'figures/error-rate.png' is 800×320 pixels (256,000 pixels), over the limit of 100,000 pixels (impact.figures[0].path)", run.Out);
        Assert.Contains("raise the limit with --max-image-pixels", run.Out);
        Assert.Equal(0, CliRunner.RunIn(RepoPaths.Root, "validate", "examples/checkout-outage.yaml", "--max-image-pixels", "300000").ExitCode);
    }

    [Fact]
    public void Render_applies_the_cap_before_writing_anything()
    {
        using var dir = new TempFolder();
        var run = CliRunner.RunIn(RepoPaths.Root, "render", "examples/checkout-outage.yaml", "--out", dir.Path, "--format", "md",
            "--max-image-pixels", "100000");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the limit of 100,000 pixels", run.Out + run.Err);
        Assert.Empty(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("render")]
    public void Zero_negative_or_text_is_a_usage_error(string command)
    {
        foreach (var value in new[] { "0", "-5", "lots" })
        {
            var run = CliRunner.RunIn(RepoPaths.Root, command, "examples/search-latency.yaml", "--max-image-pixels", value);
            Assert.Equal(2, run.ExitCode);
        }
    }
}
