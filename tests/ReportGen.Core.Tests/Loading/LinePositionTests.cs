using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>Positions count lines the way editors do (VS Code, vim, YAML 1.2): a line ends at LF, CRLF or a lone CR;
/// U+2028, U+2029 and U+0085 are ordinary characters, not line breaks (YamlDotNet follows YAML 1.1 and breaks
/// there). Columns count UTF-16 code units from 1, as VS Code's "Go to Line/Column" does.</summary>
public class LinePositionTests
{
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_unicode_line_separator_in_a_quoted_value_neither_breaks_parsing_nor_shifts_lines(string separator)
    {
        var result = Load(Minimal.Replace("title: Test incident", $"title: \"First{separator}second\"") + "summary: Short.\nseverity2: x\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((9, 1, "unknown key 'severity2'"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Separators_in_plain_values_and_comments_keep_later_lines_and_columns_right()
    {
        var text = Minimal.Replace("title: Test incident", "title: Paste\u2028from\u2029chat\u0085here # note\u2028more")
                   + "# comment\u2028with\u0085separators\nseverity: lowx\n";
        var result = Load(text.Replace("severity: low\n", ""));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((8, 11, "'lowx' is not a valid severity"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void The_separator_stays_in_the_value()
    {
        var result = Load(Minimal.Replace("title: Test incident", "title: \"a\u2028b\u0085c\""));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("a\u2028b\u0085c", result.Incident!.Title);
    }

    [Fact]
    public void A_file_whose_lines_end_in_nel_is_one_line_as_editors_show_it_and_the_hint_says_why()
    {
        var d = Assert.Single(Load(Minimal.Replace("\n", "\u0085")).Diagnostics);
        Assert.Equal(1, d.Line);
        Assert.Contains("U+0085", d.Hint);
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line()
    {
        var d = Assert.Single(Load(Minimal.Replace("\n", "\r").Replace("severity: low", "severity: lowx")).Diagnostics);
        Assert.Equal((3, 11), (d.Line, d.Column));
    }

    [Fact]
    public void A_tab_in_the_indentation_of_a_file_with_lone_carriage_returns_is_found_on_its_line()
    {
        var text = Minimal.Replace("    event: Something happened", "  \tevent: Something happened").Replace("\n", "\r");
        var d = Assert.Single(IncidentLoader.LoadText(text, "t.yaml", Path.GetTempPath()).Diagnostics);
        Assert.Equal((7, 3, "malformed YAML: tab character in indentation"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Columns_after_an_emoji_count_utf16_units_as_vs_code_does()
    {
        // Line 8: impact: {external: {business: "🔥", colour: red}}; the emoji is two UTF-16 units, so 'colour' is at 37.
        var d = Assert.Single(Load(Minimal + "impact: {external: {business: \"\U0001F525\", colour: red}}\n").Diagnostics);
        Assert.Equal((8, 37, "unknown key 'colour'"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Invalid_utf8_after_accented_letters_is_at_the_column_an_editor_shows()
    {
        using var dir = new TempFolder();
        // "title: Café " is 12 characters but 13 bytes: the bad byte is in column 13.
        var bytes = Encoding.UTF8.GetBytes("id: INC-1\rtitle: Café ").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var d = Assert.Single(IncidentLoader.Load(dir.WriteBytes("latin1.yaml", bytes)).Diagnostics);
        Assert.Equal((2, 13), (d.Line, d.Column));
    }
}
