namespace ReportGen.Cli.Tests.Render;

/// <summary>A theme the pages cannot hold is the user's input error, reported at its theme.yaml line once per run
/// (not once per incident, not as "a bug in reportgen"), by render and by validate --layout, before anything is
/// written.</summary>
public sealed class ThemeProblemTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private string LayoutWithTheme(Func<string, string> edit)
    {
        Assert.Equal(ExitCodes.Success, CliRunner.Run("layout", "export", _tree.PathOf("layout")).ExitCode);
        var theme = _tree.PathOf("layout/theme.yaml");
        File.WriteAllText(theme, edit(File.ReadAllText(theme)));
        return _tree.PathOf("layout");
    }

    private string[] ThreeIncidents() =>
        [_tree.Write("in/a.yaml", IncidentText.Valid("INC-1")), _tree.Write("in/b.yaml", IncidentText.Valid("INC-2")),
         _tree.Write("in/c.yaml", IncidentText.Valid("INC-3"))];

    [Theory]
    [InlineData("margins: { left: 56.7, right: 56.7,", "margins: { left: 300, right: 300,", "text area")]
    [InlineData("sizes: { body: 10,", "sizes: { body: 10000,", "is not a number from 6 to 24")]
    [InlineData("margins: { left: 56.7,", "margins: { left: 240,", "too large for the")]
    public void Render_reports_the_theme_once_at_its_line_and_writes_nothing(string find, string replace, string message)
    {
        var layout = LayoutWithTheme(t =>
        {
            Assert.Contains(find, t);
            var edited = t.Replace(find, replace, StringComparison.Ordinal);
            // A title too big for a narrow page only fails against the text area it needs.
            return message == "too large for the" ? edited.Replace("title: 22,", "title: 60,", StringComparison.Ordinal) : edited;
        });
        ThreeIncidents();

        var result = CliRunner.Run("render", _tree.PathOf("in"), "--layout", layout, "--out", _tree.PathOf("out"));

        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        var all = result.Out + result.Err;
        var lines = all.Split('\n').Where(l => l.Contains(message, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines); // once per run, not once per incident
        Assert.Matches(@"theme\.yaml:\d+:\d+: error: ", line);
        Assert.DoesNotContain("bug in reportgen", all);
        Assert.Empty(_tree.Files("out"));
    }

    [Fact]
    public void Validate_with_layout_catches_theme_problems_once_before_rendering()
    {
        var layout = LayoutWithTheme(t => t.Replace("margins: { left: 56.7, right: 56.7,", "margins: { left: 300, right: 300,", StringComparison.Ordinal));
        ThreeIncidents();

        var result = CliRunner.Run("validate", _tree.PathOf("in"), "--layout", layout);

        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        var error = Assert.Single(result.Out.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Matches(@"layout/theme\.yaml:5:12: error: the page margins leave a -4\.7x723\.2 pt text area", error);
        Assert.Contains("hint: on A4, left + right may be at most 451.3 pt", result.Out);
        Assert.Contains("4 files checked: 1 with errors (1 error, 0 warnings)", result.Out);
    }

    [Fact]
    public void Validate_with_a_good_layout_passes_and_a_missing_one_is_a_usage_error()
    {
        var layout = LayoutWithTheme(t => t);
        ThreeIncidents();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("validate", _tree.PathOf("in"), "--layout", layout).ExitCode);
        var missing = CliRunner.Run("validate", _tree.PathOf("in"), "--layout", _tree.PathOf("nowhere"));
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("--layout", missing.Err);
    }
}
