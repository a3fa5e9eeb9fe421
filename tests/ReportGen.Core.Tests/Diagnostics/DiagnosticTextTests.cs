using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Diagnostics;

/// <summary>User text quoted in a message never carries terminal control sequences (ESC, BEL, CSI...), bidi
/// overrides or line separators: they are shown as \u001B-style escapes, in the message itself, so every output
/// (terminal, JSON, a log) is safe.</summary>
public class DiagnosticTextTests
{
    [Fact]
    public void An_escape_sequence_in_a_key_is_shown_escaped()
    {
        var d = Assert.Single(Load(Minimal + "sum\u001b[31mary: x\n").Diagnostics);
        Assert.Equal("unknown key 'sum\\u001B[31mary'", d.Message);
        Assert.Equal("sum\\u001B[31mary", d.Path);
        Assert.DoesNotContain('\u001b', d.ToString());
    }

    [Fact]
    public void A_bell_in_a_value_is_shown_escaped()
    {
        var d = Assert.Single(Load(Minimal.Replace("severity: low", "severity: \"lo\\aw\"")).Diagnostics);
        Assert.Equal("'lo\\u0007w' is not a valid severity", d.Message);
    }

    [Theory]
    [InlineData("\u009b31m", "\\u009B31m")]        // C1 CSI: a terminal escape on its own
    [InlineData("a\u202Eb", "a\\u202Eb")]           // right-to-left override (reorders what follows)
    [InlineData("a\u2028b", "a\\u2028b")]           // line separator
    [InlineData("a\rb\nc\td", "a\\rb\\nc\\td")]     // CR could overwrite the line; quoted text stays on one line
    [InlineData("\u007f", "\\u007F")]
    [InlineData("Café ✓ 🔥", "Café ✓ 🔥")]          // ordinary text is left alone
    public void Quote_escapes_what_a_terminal_would_act_on(string text, string shown)
    {
        Assert.Equal($"'{shown}'", DiagnosticText.Quote(text));
    }

    [Fact]
    public void Quote_shortens_long_text_keeping_both_ends()
    {
        var quoted = DiagnosticText.Quote(new string('a', 50) + new string('b', 500) + "END");
        Assert.True(quoted.Length < 100, quoted);
        Assert.StartsWith("'aaaa", quoted);
        Assert.EndsWith("bEND'", quoted);
        Assert.Contains("…", quoted);
    }

    [Fact]
    public void Any_diagnostic_is_made_safe_even_when_its_author_forgot_to_quote()
    {
        var d = new Diagnostic(DiagnosticSeverity.Error, "in\u001b.yaml", 1, 2, "bad \u001b[2J value", "a\u0007b", "try \u009b");
        Assert.Equal("bad \\u001B[2J value", d.Message);
        Assert.Equal("a\\u0007b", d.Path);
        Assert.Equal("try \\u009B", d.Hint);
        Assert.Equal("in\\u001B.yaml:1:2: error: bad \\u001B[2J value (a\\u0007b)", d.Headline);
        Assert.Equal("in\u001b.yaml", d.File); // the path itself stays usable; only its display is escaped
        var changed = d with { Message = "again \u0007" };
        Assert.Equal("again \\u0007", changed.Message);
    }

    [Fact]
    public void Line_breaks_a_message_means_are_kept()
    {
        var d = new Diagnostic(DiagnosticSeverity.Error, "f", 1, 1, "first line\nsecond\tline");
        Assert.Equal("first line\nsecond\tline", d.Message);
    }
}
