using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Impossible times are errors at the field that breaks the order, naming the other field and both times:
/// an incident is detected, mitigated and resolved after it starts, and detected and mitigated by the time it is
/// resolved. Derived figures are never negative.</summary>
public class TimeOrderTests
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    // Minimal starts at 2026-03-14T09:00:00Z; line 8 is the first appended line.
    private static string With(params string[] lines) => Minimal + string.Concat(lines.Select(l => l + "\n"));

    /// <summary>Minimal with <paramref name="fields"/> inserted before 'timeline:' (from line 5 on) and
    /// <paramref name="entries"/> appended to the timeline.</summary>
    private static string Timeline(string fields, string entries) => Minimal.Replace("timeline:\n", fields + "timeline:\n") + entries;

    [Fact]
    public void Detected_before_started_is_an_error_at_detected_at()
    {
        var result = Load(With("detected_at: 2026-03-14T08:50:00Z"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("detected_at (2026-03-14T08:50:00Z) is before started_at (2026-03-14T09:00:00Z)", d.Message);
        AssertAt(d, E, 8, 14, "detected_at", "time to detect would be -10 min");
        Assert.Null(result.Incident);
    }

    [Fact]
    public void The_message_shows_both_times_as_written_even_with_different_offsets()
    {
        var d = Assert.Single(Load(With("detected_at: 2026-03-14T09:50:00+01:00")).Diagnostics);
        Assert.Equal("detected_at (2026-03-14T09:50:00+01:00) is before started_at (2026-03-14T09:00:00Z)", d.Message);
        Assert.Contains("offsets", d.Hint);
    }

    [Fact]
    public void Mitigated_before_started_is_an_error_at_mitigated_at()
    {
        var d = Assert.Single(Load(With("mitigated_at: 2026-03-13T23:00:00Z")).Diagnostics);
        Assert.Equal("mitigated_at (2026-03-13T23:00:00Z) is before started_at (2026-03-14T09:00:00Z)", d.Message);
        AssertAt(d, E, 8, 15, "mitigated_at", "time to mitigate would be -10 h");
    }

    [Fact]
    public void Mitigated_after_resolved_is_an_error_at_mitigated_at()
    {
        var d = Assert.Single(Load(With("resolved_at: 2026-03-14T10:00:00Z", "mitigated_at: 2026-03-14T11:00:00Z")).Diagnostics);
        Assert.Equal("mitigated_at (2026-03-14T11:00:00Z) is after resolved_at (2026-03-14T10:00:00Z)", d.Message);
        AssertAt(d, E, 9, 15, "mitigated_at", "mitigated by the time it is resolved");
    }

    [Fact]
    public void Detected_after_resolved_is_an_error_at_detected_at()
    {
        var d = Assert.Single(Load(With("detected_at: 2026-03-14T12:00:00Z", "resolved_at: 2026-03-14T10:00:00Z")).Diagnostics);
        Assert.Equal("detected_at (2026-03-14T12:00:00Z) is after resolved_at (2026-03-14T10:00:00Z)", d.Message);
        AssertAt(d, E, 8, 14, "detected_at", "resolved_at");
    }

    [Fact]
    public void A_detection_entry_before_the_start_is_an_error_at_its_time()
    {
        var result = Load(Minimal.Replace("at: \"09:00\"", "at: \"08:50\"") + "    kind: detection\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("timeline entry at 08:50 (2026-03-14T08:50:00Z) is a detection before started_at (2026-03-14T09:00:00Z)", d.Message);
        AssertAt(d, E, 6, 9, "timeline[0].at", "kind: other");
    }

    [Fact]
    public void A_cause_before_the_start_is_fine()
    {
        // A deploy that caused the incident precedes it; that is what kind 'other' (the default) is for.
        var result = Load(Minimal.Replace("at: \"09:00\"", "at: \"08:40\"") + "  - at: \"09:00\"\n    event: Errors rise\n");
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Incident);
    }

    [Fact]
    public void A_context_entry_weeks_before_the_start_is_a_warning_as_the_date_is_probably_mistyped()
    {
        var result = Load(Minimal.Replace("  - at: \"09:00\"", "  - at: 2025-03-14T08:40:00Z\n    event: Deploy\n  - at: \"09:00\""));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "timeline entry at 2025-03-14T08:40:00Z is 365 days before started_at (2026-03-14T09:00:00Z)"),
            (d.Severity, d.Message));
        AssertAt(d, DiagnosticSeverity.Warning, 6, 9, "timeline[0].at", "check the date");
        Assert.Empty(Load(Minimal.Replace("  - at: \"09:00\"", "  - at: 2026-03-10T08:40:00Z\n    event: Deploy\n  - at: \"09:00\"")).Diagnostics);
    }

    [Fact]
    public void An_entry_long_after_resolution_is_an_error_at_its_time()
    {
        var result = Load(Timeline("resolved_at: 2026-03-14T10:00:00Z\npostmortem_date: 2026-03-17\n",
            "  - at: 2026-04-14T10:00:00Z\n    event: Fix shipped\n"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("timeline entry at 2026-04-14T10:00:00Z is 31 days after resolved_at (2026-03-14T10:00:00Z)", d.Message);
        AssertAt(d, E, 10, 9, "timeline[1].at", "action_items");
    }

    [Fact]
    public void Follow_up_entries_within_a_week_of_resolution_or_up_to_the_postmortem_are_fine()
    {
        var week = Load(Timeline("resolved_at: 2026-03-14T10:00:00Z\n", "  - at: 2026-03-20T16:00:00Z\n    event: Fix shipped\n"));
        Assert.Empty(week.Diagnostics);
        var meeting = Load(Timeline("resolved_at: 2026-03-14T10:00:00Z\npostmortem_date: 2026-03-30\n",
            "  - at: 2026-03-30T15:00:00Z\n    event: Postmortem review\n"));
        Assert.Empty(meeting.Diagnostics);
    }

    [Fact]
    public void The_last_mitigation_entry_after_resolution_is_an_error_when_it_sets_the_mitigation_time()
    {
        var text = Timeline("resolved_at: 2026-03-14T10:00:00Z\n", "  - at: \"10:30\"\n    event: Scaled up\n    kind: mitigation\n");
        var d = Assert.Single(Load(text).Diagnostics);
        Assert.Equal("timeline entry at 10:30 (2026-03-14T10:30:00Z) is the last mitigation, so the mitigation time, but it is after resolved_at (2026-03-14T10:00:00Z)",
            d.Message);
        AssertAt(d, E, 9, 9, "timeline[1].at", "mitigated_at");
        // With mitigated_at given, that entry is just a later step and the file is valid.
        Assert.Empty(Load(text.Replace("resolved_at:", "mitigated_at: 2026-03-14T09:30:00Z\nresolved_at:")).Diagnostics);
    }

    [Fact]
    public void Derived_figures_of_a_valid_incident_are_never_negative()
    {
        foreach (var name in new[] { "checkout-outage.yaml", "payments-webhook-draft.yaml", "search-latency.yaml" })
        {
            var figures = Core.Loading.IncidentLoader.Load(RepoPaths.Example(name)).Figures!;
            foreach (var span in new[] { figures.Duration, figures.TimeToDetect, figures.TimeToMitigate, figures.TimeToResolve })
                Assert.True(span is null || span >= TimeSpan.Zero, $"{name}: {span}");
        }
    }
}
