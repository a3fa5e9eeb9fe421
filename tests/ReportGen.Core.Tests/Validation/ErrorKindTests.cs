using ReportGen.Document.Diagnostics;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>One test per error kind of the spec: exact line:column, YAML path and hint.</summary>
public class ErrorKindTests
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    [Fact]
    public void Minimal_incident_is_valid_with_no_diagnostics()
    {
        var result = Load(Minimal);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Incident);
    }

    [Fact]
    public void Unknown_key_points_at_the_key_and_suggests_the_nearest()
    {
        var result = Load(Minimal + "sumary: Short.\n");
        AssertAt(Single(result, "unknown key 'sumary'"), E, 8, 1, "sumary", "did you mean 'summary'?");
        Assert.Null(result.Incident);
    }

    [Fact]
    public void Unknown_nested_key_far_from_any_lists_the_valid_keys()
    {
        var result = Load(Minimal.Replace("    event: Something happened", "    event: Something happened\n    colour: red"));
        AssertAt(Single(result, "unknown key 'colour'"), E, 8, 5, "timeline[0].colour", "valid keys here: at, event, by, kind");
    }

    [Fact]
    public void Missing_required_key_names_the_key_and_its_shape()
    {
        var result = Load(Minimal.Replace("title: Test incident\n", ""));
        AssertAt(Single(result, "missing required key 'title'"), E, 1, 1, "title", "add 'title:' with text");
    }

    [Fact]
    public void Required_key_with_no_value_points_at_the_key()
    {
        var result = Load(Minimal.Replace("title: Test incident", "title:"));
        AssertAt(Single(result, "'title' has no value"), E, 2, 1, "title", "add 'title:' with text");
    }

    [Fact]
    public void Wrong_type_gives_the_expected_shape()
    {
        var result = Load(Minimal.Replace("title: Test incident", "title: [a, b]"));
        AssertAt(Single(result, "expected text, found a list"), E, 2, 8, "title", "write text here");
        var list = Load(Minimal + "action_items: none\n");
        AssertAt(Single(list, "expected a list, found text"), E, 8, 15, "action_items", "one '- item' per line");
    }

    [Fact]
    public void Bad_enum_lists_the_choices_and_the_nearest()
    {
        var result = Load(Minimal.Replace("severity: low", "severity: hihg"));
        AssertAt(Single(result, "'hihg' is not a valid severity"), E, 3, 11, "severity", "did you mean 'high'? valid choices: critical, high, medium, low");
    }

    [Fact]
    public void Severity_accepts_any_case_but_other_enums_do_not()
    {
        Assert.Empty(Load(Minimal.Replace("severity: low", "severity: LOW")).Diagnostics);
        var result = Load(Minimal + "status: Final\n");
        AssertAt(Single(result, "'Final' is not a valid status"), E, 8, 9, "status", "did you mean 'final'?");
    }

    [Fact]
    public void Timestamp_without_offset_asks_for_one()
    {
        var result = Load(Minimal.Replace("started_at: 2026-03-14T09:00:00Z", "started_at: 2026-03-14T09:00:00"));
        AssertAt(Single(result, "has no time zone offset"), E, 4, 13, "started_at", "add Z for UTC or an offset such as +01:00");
    }

    [Fact]
    public void Bad_timestamp_shows_the_accepted_forms()
    {
        var result = Load(Minimal + "detected_at: yesterday 9am\n");
        AssertAt(Single(result, "'yesterday 9am' is not a valid timestamp"), E, 8, 14, "detected_at", "2026-03-14 09:12 +01:00");
    }

    [Fact]
    public void Date_that_does_not_exist_is_refused()
    {
        var result = Load(Minimal + "postmortem_date: 2026-02-30\n");
        AssertAt(Single(result, "'2026-02-30' is not a valid date"), E, 8, 18, "postmortem_date", "February 2026 has 28 days");
    }

    [Fact]
    public void Bad_timeline_time_is_refused_with_both_forms_in_the_hint()
    {
        var result = Load(Minimal.Replace("at: \"09:00\"", "at: \"25:00\""));
        AssertAt(Single(result, "'25:00' is not a valid time"), E, 6, 9, "timeline[0].at", "use HH:MM");
    }

    [Fact]
    public void Resolved_before_started_is_an_error_at_resolved_at()
    {
        var result = Load(Minimal + "resolved_at: 2026-03-14T09:30:00+01:00\n");
        AssertAt(Single(result, "is before started_at"), E, 8, 14, "resolved_at", "offsets");
    }

    [Fact]
    public void Resolved_at_is_required_in_review_but_not_in_draft()
    {
        Assert.DoesNotContain(Load(Minimal).Diagnostics, d => d.Message.Contains("resolved_at"));
        var result = Load(Minimal + "status: review\n");
        AssertAt(Single(result, "missing required key 'resolved_at' (required unless status is draft)"), E, 1, 1, "resolved_at", "add 'resolved_at:'");
    }

    [Fact]
    public void Duplicate_action_item_id_points_at_the_second_and_names_the_first()
    {
        var result = Load(Minimal + """
            action_items:
              - id: A1
                action: One
                owner: Team
                due: 2026-04-01
                priority: P1
              - id: A1
                action: Two
                owner: Team
                due: 2026-04-01
                priority: P2

            """);
        AssertAt(Single(result, "duplicate action item id 'A1'"), E, 14, 9, "action_items[1].id", "first used at line 9");
    }

    [Fact]
    public void Prevention_naming_an_unknown_action_item_is_an_error_with_the_nearest_id()
    {
        var result = Load(Minimal + """
            action_items:
              - id: A1
                action: One
                owner: Team
                due: 2026-04-01
                priority: P1
            prevention:
              short_term:
                - measure: Do it
                  action_items: [A1, A11]

            """);
        AssertAt(Single(result, "no action item has the id 'A11'"), E, 17, 26, "prevention.short_term[0].action_items[1]", "did you mean 'A1'? action item ids: A1");
    }

    [Fact]
    public void Unknown_time_zone_suggests_the_nearest_iana_id()
    {
        var result = Load(Minimal + "timezone: Europe/Berln\n");
        AssertAt(Single(result, "unknown time zone 'Europe/Berln'"), E, 8, 11, "timezone", "did you mean 'Europe/Berlin'?");
    }

    [Fact]
    public void Unsupported_format_version_is_refused()
    {
        var result = Load("format: 2\n" + Minimal);
        AssertAt(Single(result, "unsupported format version '2'"), E, 1, 9, "format", "the only format version is 1");
    }

    [Fact]
    public void Empty_timeline_needs_one_entry()
    {
        var result = Load(Minimal.Replace("timeline:\n  - at: \"09:00\"\n    event: Something happened\n", "timeline: []\n"));
        AssertAt(Single(result, "at least 1 entry"), E, 5, 11, "timeline", "add an entry");
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_together()
    {
        var result = Load("""
            id: INC-1
            titel: Typo
            severity: urgent
            started_at: 2026-03-14T09:00:00Z
            timeline:
              - at: "09:00"
                event: x
                kind: alert
            action_items:
              - id: A1
                action: a
                due: 2026-13-01
              - id: A1
                action: b

            """);
        var messages = result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Line}:{d.Column} {d.Message}").ToList();
        // The misspelt 'titel' is one error (with "did you mean 'title'?"), not also a missing 'title'.
        Assert.Equal([
            "2:1 unknown key 'titel'",
            "3:11 'urgent' is not a valid severity",
            "8:11 'alert' is not a valid timeline kind",
            "12:10 '2026-13-01' is not a valid date",
            "13:9 duplicate action item id 'A1'",
        ], messages);
    }

    [Fact]
    public void Required_text_that_is_blank_is_an_error()
    {
        var result = Load(Minimal.Replace("title: Test incident", "title: \"  \""));
        AssertAt(Single(result, "'title' is empty"), E, 2, 8, "title", "write text here");
    }

    [Fact]
    public void An_empty_list_entry_is_an_error()
    {
        var result = Load(Minimal + "lessons:\n  went_well:\n    -\n    - Fast rollback\n");
        AssertAt(Single(result, "empty list entry"), E, 10, 6, "lessons.went_well[0]", "remove the line");
    }

    [Fact]
    public void A_key_that_is_not_text_is_an_error()
    {
        var result = Load(Minimal + "? [a, b]\n: value\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((8, 3, "a key must be plain text, not a list"), (d.Line, d.Column, d.Message));
    }
}
