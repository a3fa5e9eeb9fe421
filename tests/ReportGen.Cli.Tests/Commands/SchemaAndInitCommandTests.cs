using System.Text.Json;

namespace ReportGen.Cli.Tests.Commands;

public class SchemaAndInitCommandTests
{
    [Fact]
    public void Schema_prints_draft_2020_12_json()
    {
        var run = CliRunner.RunIn(RepoPaths.Root, "schema");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        Assert.True(doc.RootElement.GetProperty("properties").TryGetProperty("action_items", out _));
    }

    [Fact]
    public void Schema_out_writes_a_file()
    {
        using var dir = new TempFolder();
        var run = CliRunner.RunIn(dir.Path, "schema", "--out", "s/incident.schema.json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRunner.RunIn(dir.Path, "schema").Out, File.ReadAllText(Path.Combine(dir.Path, "s", "incident.schema.json")));
    }

    [Fact]
    public void Init_writes_a_starter_that_validates_with_warnings_only()
    {
        using var dir = new TempFolder();
        var init = CliRunner.RunIn(dir.Path, "init");
        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "incident.yaml")));
        var validate = CliRunner.RunIn(dir.Path, "validate", "incident.yaml");
        Assert.Equal(0, validate.ExitCode);
        Assert.Matches(@"1 file checked: all valid \(0 errors, [1-9][0-9]* warnings\)\n$", validate.Out);
        Assert.Equal(1, CliRunner.RunIn(dir.Path, "validate", "--strict", "incident.yaml").ExitCode);
    }

    [Fact]
    public void Init_refuses_to_overwrite_without_force()
    {
        using var dir = new TempFolder();
        dir.Write("mine.yaml", "precious");
        var refused = CliRunner.RunIn(dir.Path, "init", "mine.yaml");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("'mine.yaml' already exists", refused.Err);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(dir.Path, "mine.yaml")));
        Assert.Equal(0, CliRunner.RunIn(dir.Path, "init", "mine.yaml", "--force").ExitCode);
        Assert.StartsWith("# yaml-language-server", File.ReadAllText(Path.Combine(dir.Path, "mine.yaml")));
    }

    [Fact]
    public void Init_dash_prints_to_standard_output()
    {
        var run = CliRunner.RunIn(RepoPaths.Root, "init", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("action_items:", run.Out);
    }

    [Theory]
    [InlineData("schema", "reportgen schema > incident.schema.json")]
    [InlineData("init", "reportgen init incidents/INC-2101.yaml")]
    public void Help_shows_real_examples(string command, string example)
    {
        var run = CliRunner.RunIn(RepoPaths.Root, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(example, run.Out);
    }
}
