using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Sign-off readiness: final fails with one error listing every gap; review lists them as warnings.</summary>
public class ReadinessTests
{
    private const string Gappy = """
        id: INC-7
        title: Gappy incident
        severity: high
        status: final
        started_at: 2026-03-14T09:00:00Z
        timeline:
          - at: "09:00"
            event: It broke [Name]
        action_items:
          - id: A1
            action: Fix it
            owner: SRE
            priority: P2
        signoff:
          facilitated_by: Dana Kim

        """;

    [Fact]
    public void Final_with_gaps_is_one_error_listing_every_gap()
    {
        var result = Load(Gappy);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((4, 9, "status"), (error.Line, error.Column, error.Path));
        Assert.Equal("status is final but the incident is not ready for sign-off (8 gaps): " +
            "action item A1 has no due date (line 10); resolved_at is not set; summary is missing; " +
            "a high incident needs at least one P0 or P1 action item (line 10); placeholder text is left on line 8; " +
            "signoff.reviewed_by names no reviewer (line 15); signoff.date is missing (line 15); " +
            "signoff.next_review is missing while action items are still open (line 15)", error.Message);
        Assert.Contains("set status: review", error.Hint);
        Assert.Null(result.Incident);
    }

    [Fact]
    public void Review_lists_each_gap_as_a_warning_at_its_place()
    {
        var result = Load(Gappy.Replace("status: final", "status: review") + "resolved_at: 2026-03-14T10:00:00Z\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var gaps = result.Diagnostics.Where(d => d.Message.StartsWith("not ready for sign-off")).Select(d => $"{d.Line}:{d.Column} {d.Message}").ToList();
        Assert.Equal([
            "1:1 not ready for sign-off: summary is missing",
            "10:3 not ready for sign-off: a high incident needs at least one P0 or P1 action item",
            "10:5 not ready for sign-off: action item A1 has no due date",
            "15:3 not ready for sign-off: signoff.reviewed_by names no reviewer",
            "15:3 not ready for sign-off: signoff.date is missing",
            "15:3 not ready for sign-off: signoff.next_review is missing while action items are still open",
        ], gaps);
        Assert.NotNull(result.Incident);
    }

    [Fact]
    public void Final_needs_at_least_one_action_item()
    {
        var result = Load(Minimal + "status: final\nresolved_at: 2026-03-14T10:00:00Z\nsummary: Short.\nsignoff:\n  facilitated_by: A\n  reviewed_by: [B]\n  date: 2026-03-20\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("status is final but the incident is not ready for sign-off (1 gap): there are no action items", error.Message);
    }

    [Fact]
    public void Next_review_is_not_needed_once_every_action_is_done()
    {
        var result = Load(Minimal + """
            status: final
            resolved_at: 2026-03-14T10:00:00Z
            summary: Short.
            action_items:
              - id: A1
                action: Fix it
                owner: SRE
                due: 2026-04-01
                priority: P3
                status: done
            signoff:
              facilitated_by: A
              reviewed_by: [B]
              date: 2026-03-20

            """);
        Assert.Empty(result.Diagnostics);
    }
}
