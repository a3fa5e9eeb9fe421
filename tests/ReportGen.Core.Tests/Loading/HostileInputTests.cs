using System.Diagnostics;
using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>Broken and hostile files: one clean positioned error each, bounded time and memory, never an exception.</summary>
public class HostileInputTests
{
    [Fact]
    public void Zero_byte_file_is_one_error()
    {
        using var dir = new TempFolder();
        var result = IncidentLoader.Load(dir.WriteBytes("empty.yaml", []));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((1, 1, "the file is empty (zero bytes)"), (d.Line, d.Column, d.Message));
        Assert.Contains("reportgen init", d.Hint);
    }

    [Fact]
    public void Only_comments_is_one_error()
    {
        var d = Assert.Single(Load("# nothing here\n\n").Diagnostics);
        Assert.Equal("the file holds no incident (it is empty or only comments)", d.Message);
    }

    [Fact]
    public void Top_level_list_is_refused_at_the_list()
    {
        var d = Assert.Single(Load("- id: INC-1\n  title: x\n").Diagnostics);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal("the top level must be a mapping of keys (id, title, severity...), not a list", d.Message);
        Assert.Contains("remove the leading '- '", d.Hint);
    }

    [Fact]
    public void Tab_indentation_points_at_the_tab()
    {
        var d = Assert.Single(Load(Minimal.Replace("    event: Something happened", "  \tevent: Something happened")).Diagnostics);
        Assert.Equal((7, 3, "malformed YAML: tab character in indentation"), (d.Line, d.Column, d.Message));
        Assert.Contains("spaces", d.Hint);
    }

    [Fact]
    public void Unclosed_quote_is_one_error_with_a_hint()
    {
        var d = Assert.Single(Load(Minimal.Replace("title: Test incident", "title: \"Test incident")).Diagnostics);
        Assert.StartsWith("malformed YAML", d.Message);
        Assert.Equal(2, d.Line);
        Assert.Contains("closing quote", d.Hint);
    }

    [Fact]
    public void Bad_indentation_is_one_error_on_its_line()
    {
        var d = Assert.Single(Load("id: INC-1\ntitle: x\n  severity: low\n").Diagnostics);
        Assert.StartsWith("malformed YAML", d.Message);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Duplicate_key_names_the_first_line()
    {
        var d = Assert.Single(Load(Minimal + "title: Again\n").Diagnostics);
        Assert.Equal((8, 1, "duplicate key 'title'"), (d.Line, d.Column, d.Message));
        Assert.Contains("first at line 2", d.Hint);
    }

    [Fact]
    public void Duplicate_key_in_a_large_mapping_is_found_too()
    {
        var keys = string.Concat(Enumerable.Range(0, 40).Select(i => $"  k{i}: v\n"));
        var d = Assert.Single(Load($"id: x\nimpact:\n{keys}  k7: again\n").Diagnostics, x => x.Message.StartsWith("duplicate"));
        Assert.Equal((43, 3, "first at line 10; each key may appear once"), (d.Line, d.Column, d.Hint));
    }

    [Fact]
    public void Invalid_utf8_is_refused_at_the_bad_byte()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("id: INC-1\ntitle: Caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var d = Assert.Single(IncidentLoader.Load(dir.WriteBytes("latin1.yaml", bytes)).Diagnostics);
        Assert.Equal((2, 11, "the file is not valid UTF-8 text (byte 0xE9)"), (d.Line, d.Column, d.Message));
        Assert.Contains("Latin-1", d.Hint);
    }

    [Fact]
    public void Binary_file_with_nul_bytes_is_refused()
    {
        using var dir = new TempFolder();
        var d = Assert.Single(IncidentLoader.Load(dir.WriteBytes("x.yaml", [(byte)'a', 0, 1, 2])).Diagnostics);
        Assert.Contains("NUL byte", d.Message);
    }

    [Fact]
    public void Utf8_bom_is_accepted()
    {
        using var dir = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();
        Assert.Empty(IncidentLoader.Load(dir.WriteBytes("bom.yaml", bytes)).Diagnostics);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_reading()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("big.yaml", new byte[2048]);
        var d = Assert.Single(IncidentLoader.Load(path, new LoadOptions { MaxFileBytes = 1024 }).Diagnostics);
        Assert.Equal((0, "the file is 2,048 bytes, over the limit of 1,024 bytes"), (d.Line, d.Message));
    }

    [Fact]
    public void Billion_laughs_is_refused_fast()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++)
            sb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n");
        var clock = Stopwatch.StartNew();
        var result = Load(sb.ToString());
        clock.Stop();
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("aliases expand to more than 100,000 values", d.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Deep_nesting_is_capped()
    {
        var deep = "id: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var d = Assert.Single(Load(deep).Diagnostics);
        // The top-level mapping is level 1, so the 64th '[' (column 4 + 64) is the 65th level.
        Assert.Equal((1, 68, "values are nested more than 64 levels deep"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Two_documents_in_one_file_are_refused()
    {
        var d = Assert.Single(Load(Minimal + "---\nid: INC-2\n").Diagnostics);
        Assert.Equal((8, 1, "the file holds more than one YAML document"), (d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Missing_file_and_folder_are_plain_errors()
    {
        using var dir = new TempFolder();
        Assert.Equal("no such file", Assert.Single(IncidentLoader.Load(Path.Combine(dir.Path, "nope.yaml")).Diagnostics).Message);
        Assert.Contains("is a folder", Assert.Single(IncidentLoader.Load(dir.Path).Diagnostics).Message);
    }

    [Fact]
    public void Unquoted_clock_times_are_read_as_text_not_sexagesimal_numbers()
    {
        var result = Load(Minimal.Replace("at: \"09:00\"", "at: 14:51"));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 14, 51, 0, TimeSpan.Zero), result.Incident!.Timeline[0].At);
        Assert.Equal("14:51", result.Incident.Timeline[0].AtText);
    }

    [Fact]
    public void Windows_line_endings_are_fine()
    {
        var result = IncidentLoader.LoadText(Minimal.Replace("\n", "\r\n") + "summary: |\r\n  Two\r\n  lines\r\n", "t.yaml", Path.GetTempPath());
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Two\nlines", result.Incident!.Summary);
    }

    [Fact]
    public void Thousands_of_problems_are_capped_with_a_count()
    {
        var keys = string.Concat(Enumerable.Range(0, 2000).Select(i => $"junk{i}: x\n"));
        var result = Load(Minimal + keys);
        Assert.Equal(501, result.Diagnostics.Count);
        Assert.Equal("1500 more problems not shown", result.Diagnostics[^1].Message);
        Assert.Equal(508, result.Diagnostics[^1].Line);
    }
}
