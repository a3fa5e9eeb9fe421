namespace ReportGen.Cli.Tests.Commands;

public class SchemaOverwriteAndSizeTests
{
    [Fact]
    public void Schema_out_refuses_an_existing_file_without_force_and_says_so_in_help()
    {
        using var dir = new TempFolder();
        var existing = dir.Write("incident.schema.json", "my own schema");

        var refused = CliRunner.RunIn(dir.Path, "schema", "--out", "incident.schema.json");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists", refused.Err);
        Assert.Contains("--force", refused.Err);
        Assert.Equal("my own schema", File.ReadAllText(existing));

        var forced = CliRunner.RunIn(dir.Path, "schema", "--out", "incident.schema.json", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(CliRunner.RunIn(dir.Path, "schema").Out, File.ReadAllText(existing));
        Assert.Contains("--force", CliRunner.RunIn(dir.Path, "schema", "--help").Out);
    }

    [Theory]
    [InlineData("validate", "9223372036854775807", "more than the 1GiB accepted")]
    [InlineData("render", "9223372036854775807", "more than the 1GiB accepted")]
    [InlineData("validate", "99999999999999999999999", "more than the 1GiB accepted")]
    [InlineData("validate", "8GiB", "more than the 1GiB accepted")]
    [InlineData("render", "--max-file-size=-1", "negative")]
    [InlineData("validate", "--max-file-size=-5MiB", "negative")]
    [InlineData("render", "0", "zero")]
    [InlineData("render", "lots", "is not a size")]
    public void Absurd_zero_and_negative_sizes_are_usage_errors(string command, string size, string expected)
    {
        using var dir = new TempFolder();
        dir.Write("a.yaml", "id: x\n");
        string[] args = size.StartsWith("--", StringComparison.Ordinal)
            ? [command, "a.yaml", size, "--format", command == "render" ? "md" : "text"]
            : [command, "a.yaml", "--max-file-size", size, "--format", command == "render" ? "md" : "text"];

        var run = CliRunner.RunIn(dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Err);
        Assert.Contains("hint:", run.Err);
        Assert.DoesNotContain("empty", run.Out + run.Err);
        Assert.False(File.Exists(Path.Combine(dir.Path, "a.md")));
    }

    [Fact]
    public void Render_takes_sizes_with_units_like_validate()
    {
        using var dir = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "search-latency.yaml"), Path.Combine(dir.Path, "a.yaml"));

        var small = CliRunner.RunIn(dir.Path, "render", "a.yaml", "--format", "md", "--max-file-size", "512b");
        var enough = CliRunner.RunIn(dir.Path, "render", "a.yaml", "--format", "md", "--max-file-size", "1MiB");

        Assert.Equal(1, small.ExitCode);
        Assert.Contains("over the limit of", small.Err);
        Assert.Equal(0, enough.ExitCode);
    }
}
