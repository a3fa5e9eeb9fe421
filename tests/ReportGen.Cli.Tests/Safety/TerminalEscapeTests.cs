using System.Text.Json;
using ReportGen.Cli.Output;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>Control characters from an incident (ESC, BEL, C1 CSI, bidi overrides) are never printed raw: before, a
/// severity of "\e[31m..." recoloured the user's terminal through the validation message that quoted it.</summary>
public class TerminalEscapeTests
{
    private const string Hostile = """
        id: INC-1
        title: Escapes
        severity: "\e[31mextreme\a\x9b2J\u202Eevil"
        started_at: 2026-03-14T09:12:00Z
        "bad\ekey": 1
        timeline:
          - at: "09:12"
            event: start
            kind: detection
        """;

    /// <summary>Characters a terminal acts on; a line feed between lines is ours and allowed.</summary>
    private static void AssertNoRawControls(string printed)
    {
        foreach (var c in printed)
            Assert.False(c != '\n' && (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E'),
                $"raw U+{(int)c:X4} printed in:\n{printed}");
    }

    [Fact]
    public void Validate_shows_escape_sequences_escaped_in_text_and_json()
    {
        using var dir = new TempFolder();
        dir.Write("a\u001b[2Jname.yaml", Hostile);

        var text = CliRunner.RunIn(dir.Path, "validate", ".");
        var json = CliRunner.RunIn(dir.Path, "validate", ".", "--format", "json");

        Assert.Equal(1, text.ExitCode);
        AssertNoRawControls(text.Out + text.Err);
        Assert.Contains(@"\u001B[31mextreme\u0007\u009B2J\u202Eevil", text.Out);
        Assert.Contains(@"a\u001B[2Jname.yaml", text.Out);
        AssertNoRawControls(json.Out + json.Err);
        // Messages quote user text in one escaped form (Core's DiagnosticText), so JSON reads like the terminal.
        using var doc = JsonDocument.Parse(json.Out);
        var messages = doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains(@"\u001B[31mextreme\u0007\u009B2J\u202Eevil", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_shows_them_escaped_in_its_file_lines_diagnostics_and_failure_list()
    {
        using var dir = new TempFolder();
        dir.Write("in/b\u0007ell.yaml", Hostile);

        var run = CliRunner.RunIn(dir.Path, "render", "in", "--out", "out", "--format", "md");

        Assert.Equal(1, run.ExitCode);
        AssertNoRawControls(run.Out + run.Err);
        Assert.Contains(@"FAIL  in/b\u0007ell.yaml", run.Out);
        Assert.Contains(@"\u001B[31mextreme", run.Err);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\u001b[31mb", @"a\u001B[31mb")]
    [InlineData("bell\u0007 tab\t cr\r lf\n del\u007f", @"bell\u0007 tab\t cr\r lf\n del\u007F")]
    [InlineData("csi\u009b rlo\u202e lsep\u2028 fsi\u2068", @"csi\u009B rlo\u202E lsep\u2028 fsi\u2068")]
    [InlineData("accents é, 中文, emoji 🎉 stay", "accents é, 中文, emoji 🎉 stay")]
    public void Escape_shows_each_control_character_and_leaves_other_text_alone(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Escape(text));
}
