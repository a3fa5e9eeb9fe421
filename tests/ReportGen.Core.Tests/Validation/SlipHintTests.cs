using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>The common slips of hand-written YAML each get the hint that solves them, not a generic one.</summary>
public class SlipHintTests
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    [Fact]
    public void A_value_with_colon_space_is_told_to_be_quoted_with_the_quoted_form()
    {
        var d = Assert.Single(Load(Minimal.Replace("title: Test incident", "title: Outage: checkout down")).Diagnostics);
        Assert.Equal((2, 14), (d.Line, d.Column));
        Assert.Equal("the value of 'title' contains ': ', which YAML reads as the start of a new key", d.Message);
        Assert.Equal("text containing ': ' must be quoted: title: \"Outage: checkout down\"", d.Hint);
    }

    [Fact]
    public void The_quoted_form_keeps_a_comment_outside_the_quotes_and_picks_quotes_the_text_does_not_hold()
    {
        var d = Assert.Single(Load(Minimal.Replace("title: Test incident", "title: Outage: \"checkout\" down # see chat")).Diagnostics);
        Assert.Equal("text containing ': ' must be quoted: title: 'Outage: \"checkout\" down' # see chat", d.Hint);
    }

    [Fact]
    public void A_list_item_with_colon_space_is_a_mapping_and_is_told_to_be_quoted()
    {
        var result = Load(Minimal + "lessons:\n  went_well:\n    - Step one: done\n    - Rollback was fast\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("expected text (Markdown), found a mapping", d.Message);
        AssertAt(d, E, 10, 7, "lessons.went_well[0]", "text containing ': ' must be quoted: - \"Step one: done\"");
    }

    [Fact]
    public void A_prevention_item_with_colon_space_gets_the_same_hint_instead_of_an_unknown_key()
    {
        var result = Load(Minimal + "prevention:\n  short_term:\n    - Pool size: raised to 120\n");
        var d = Assert.Single(result.Diagnostics);
        AssertAt(d, E, 10, 7, "prevention.short_term[0]", "text containing ': ' must be quoted: - \"Pool size: raised to 120\"");
    }

    [Theory]
    [InlineData("     business: x", "'business' is indented 5 spaces; its siblings use 4 ('affected_users', line 10)")]
    [InlineData("   business: x", "'business' is indented 3 spaces; its siblings use 4 ('affected_users', line 10)")]
    public void A_key_indented_one_space_off_says_so(string line, string hint)
    {
        var result = Load(Minimal + "impact:\n  external:\n    affected_users: 5\n" + line + "\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(11, d.Line);
        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void A_timeline_key_indented_one_space_off_says_so()
    {
        var d = Assert.Single(Load(Minimal + "    by: Dana\n   kind: detection\n").Diagnostics);
        Assert.Equal(9, d.Line);
        Assert.Equal("'kind' is indented 3 spaces; its siblings use 4 ('by', line 8)", d.Hint);
    }

    [Fact]
    public void A_list_item_indented_one_space_off_says_so()
    {
        var d = Assert.Single(Load(Minimal + "lessons:\n  went_well:\n    - Fast rollback\n   - Clear runbook\n").Diagnostics);
        Assert.Equal(11, d.Line);
        Assert.Equal("'- Clear runbook' is indented 3 spaces; its siblings use 4 ('- Fast rollback', line 10)", d.Hint);
    }

    [Fact]
    public void A_top_level_key_indented_by_one_says_so()
    {
        var d = Assert.Single(Load(Minimal.Replace("severity: low", " severity: low")).Diagnostics);
        Assert.Equal(3, d.Line);
        Assert.Equal("'severity' is indented 1 space; its siblings use 0 ('title', line 2)", d.Hint);
    }

    [Fact]
    public void A_key_after_a_list_lines_up_with_the_key_that_holds_the_list()
    {
        var d = Assert.Single(Load(Minimal + "lessons:\n  went_well:\n  - Fast rollback\n   could_improve: [More alerts]\n").Diagnostics);
        Assert.Equal(11, d.Line);
        Assert.Equal("'could_improve' is indented 3 spaces; its siblings use 2 ('went_well', line 9)", d.Hint);
    }

    [Fact]
    public void A_continuation_line_holding_colon_space_is_explained()
    {
        var d = Assert.Single(Load(Minimal.Replace("title: Test incident", "title: Outage\n  caused by: a bad deploy")).Diagnostics);
        Assert.Equal(3, d.Line);
        Assert.StartsWith("this line is indented deeper than 'title' above it, so YAML reads it as more of that value", d.Hint);
        Assert.Contains("quote the whole value", d.Hint);
    }

    [Fact]
    public void A_key_that_slipped_out_of_its_mapping_says_where_it_belongs()
    {
        // Indented like 'external', 'business' became a key of impact, where it is unknown.
        var result = Load(Minimal + "impact:\n  external:\n    affected_users: 5\n  business: Refunds\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("unknown key 'business'", d.Message);
        AssertAt(d, E, 11, 3, "impact.business", "'business' is a key of 'external' (line 9): indent it 4 spaces, like 'affected_users'");
    }

    [Theory]
    [InlineData("postmortem_date: 2024-02-30", "February 2024 has 29 days")]
    [InlineData("postmortem_date: 2026-02-29", "February 2026 has 28 days")]
    [InlineData("postmortem_date: 2026-04-31", "April 2026 has 30 days")]
    [InlineData("postmortem_date: 2026-13-01", "there is no month 13; months run from 01 to 12")]
    [InlineData("postmortem_date: 2026-03-00", "days start at 01")]
    [InlineData("resolved_at: 2026-02-30T10:00:00Z", "February 2026 has 28 days")]
    public void A_date_that_does_not_exist_says_why(string line, string hint)
    {
        var d = Assert.Single(Load(Minimal + line + "\n").Diagnostics);
        Assert.Equal(8, d.Line);
        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void Every_duplicate_key_is_reported_not_only_the_first()
    {
        var result = Load(Minimal + "title: Again\nseverity: high\nimpact:\n  external:\n    business: a\n    business: b\n");
        Assert.Equal([(8, "duplicate key 'title'", "first at line 2; each key may appear once"),
                      (9, "duplicate key 'severity'", "first at line 3; each key may appear once"),
                      (13, "duplicate key 'business'", "first at line 12; each key may appear once")],
            result.Diagnostics.Select(d => (d.Line, d.Message, d.Hint!)));
        Assert.Equal("impact.external.business", result.Diagnostics[2].Path);
    }

    [Fact]
    public void Duplicate_keys_do_not_hide_the_other_problems_of_the_file()
    {
        var result = Load(Minimal + "title: Again\nseverity2: high\n");
        Assert.Equal(["duplicate key 'title'", "unknown key 'severity2'"], result.Diagnostics.Select(d => d.Message));
    }
}
