using System.Text.Json;

namespace ReportGen.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private const string Valid = "id: INC-1\ntitle: T\nseverity: low\nstarted_at: 2026-03-14T09:00:00Z\ntimeline:\n  - at: \"09:00\"\n    event: E\n";

    [Fact]
    public void The_examples_folder_validates_with_exit_code_0()
    {
        var run = CliRunner.RunIn(RepoPaths.Root, "validate", "examples");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("14 files checked: all valid (0 errors, 0 warnings)\n", run.Out); // examples/ and examples/portfolio/
    }

    [Fact]
    public void Errors_print_file_line_col_with_a_hint_and_exit_1()
    {
        using var dir = new TempFolder();
        dir.Write("bad.yaml", Valid.Replace("severity: low", "severity: hihg"));
        dir.Write("good.yaml", Valid);
        var run = CliRunner.RunIn(dir.Path, "validate", ".");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{Path.Join(".", "bad.yaml")}:3:11: error: 'hihg' is not a valid severity (severity)\n" +
            "  hint: did you mean 'high'? valid choices: critical, high, medium, low\n" +
            "2 files checked: 1 with errors (1 error, 0 warnings)\n", run.Out);
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var dir = new TempFolder();
        dir.Write("todo.yaml", Valid.Replace("title: T", "title: TODO"));
        var lenient = CliRunner.RunIn(dir.Path, "validate", "todo.yaml");
        Assert.Equal(0, lenient.ExitCode);
        Assert.StartsWith("todo.yaml:2:8: warning: placeholder text 'TODO' left from the template (title)\n", lenient.Out);
        var strict = CliRunner.RunIn(dir.Path, "validate", "--strict", "todo.yaml");
        Assert.Equal(1, strict.ExitCode);
        Assert.EndsWith("1 file checked: warnings fail under --strict (0 errors, 1 warning)\n", strict.Out);
    }

    [Fact]
    public void Json_output_is_machine_readable()
    {
        using var dir = new TempFolder();
        dir.Write("a/bad.yaml", Valid.Replace("title: T\n", ""));
        var run = CliRunner.RunIn(dir.Path, "validate", "--format", "json", "a/*.yaml");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("a/bad.yaml", file.GetProperty("file").GetString()!.Replace('\\', '/'));
        Assert.False(file.GetProperty("valid").GetBoolean());
        var d = file.GetProperty("diagnostics")[0];
        Assert.Equal(("error", 1, 1, "missing required key 'title'", "title"),
            (d.GetProperty("severity").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
             d.GetProperty("message").GetString(), d.GetProperty("path").GetString()));
        Assert.Equal("add 'title:' with text", d.GetProperty("hint").GetString());
        Assert.False(doc.RootElement.GetProperty("summary").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_with_exit_2()
    {
        using var dir = new TempFolder();
        var run = CliRunner.RunIn(dir.Path, "validate", "missing.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder: 'missing.yaml'", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void No_path_and_bad_options_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.RunIn(RepoPaths.Root, "validate").ExitCode);
        Assert.Equal(2, CliRunner.RunIn(RepoPaths.Root, "validate", "examples", "--format", "xml").ExitCode);
        var size = CliRunner.RunIn(RepoPaths.Root, "validate", "examples", "--max-file-size", "lots");
        Assert.Equal(2, size.ExitCode);
        Assert.Contains("'lots' is not a size", size.Err);
    }

    [Fact]
    public void Max_file_size_is_configurable()
    {
        var run = CliRunner.RunIn(RepoPaths.Root, "validate", "examples/search-latency.yaml", "--max-file-size", "100");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the limit of 100 bytes", run.Out);
    }

    [Fact]
    public void Help_shows_real_examples()
    {
        var run = CliRunner.RunIn(RepoPaths.Root, "validate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("reportgen validate examples", run.Out);
        Assert.Contains("--strict", run.Out);
    }
}
