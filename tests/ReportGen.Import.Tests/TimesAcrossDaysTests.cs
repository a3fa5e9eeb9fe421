using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Times on other days than the start: shown with their day, read in the report's zone (summer time included)
/// at the old value's offset, a bare time kept bare while it still rolls over to the day shown, and a time typed into a
/// new row on the day of the row above.</summary>
public sealed class TimesAcrossDaysTests
{
    [Fact]
    public void A_time_on_another_day_keeps_its_day_unless_the_shown_day_changes()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        // 00:20 rolled over to the 15th and is shown with its day; 01:05Z is shown as 02:05 Berlin time on the 15th.
        var result = ws.ImportAfter(d =>
        {
            d.Replace("timeline[2].at", "2026-03-15 00:35");
            d.Replace("timeline[3].at", "02:15");
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before
            .Replace("  - at: \"00:20\"\n", "  - at: \"00:35\"\n", StringComparison.Ordinal)
            .Replace("  - at: 2026-03-15T01:05:00Z\n", "  - at: 2026-03-15T01:15:00Z\n", StringComparison.Ordinal), result.NewText);
        Assert.Equal(["Timeline, row 3, Time", "Timeline, row 4, Time"], result.Edits.Select(e => e.Place));

        using var other = TestIncidents.Open("overnight");
        var moved = other.Edited(d => d.Replace("timeline[3].at", "2026-03-16 02:05"));
        Assert.Equal(before.Replace("  - at: 2026-03-15T01:05:00Z\n", "  - at: 2026-03-16T01:05:00Z\n", StringComparison.Ordinal), moved);
    }


    [Fact]
    public void The_summary_s_start_comes_back_at_its_own_offset()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        // Shown in Berlin time (22:40 UTC+01:00), written at UTC as the file has it.
        var after = ws.Edited(d => d.Replace("started_at", "2026-03-14 22:30 UTC+01:00"));

        Assert.Equal(before.Replace("started_at: 2026-03-14T21:40:00Z\n", "started_at: 2026-03-14T21:30:00Z\n", StringComparison.Ordinal), after);
    }


    [Fact]
    public void A_time_typed_into_a_new_row_takes_the_day_of_the_row_above_in_its_style()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d =>
        {
            // After 23:50 on the 14th: 00:05 rolls over to the 15th, as a bare time does.
            d.AddRowAfter("timeline[1].event", "00:05", "Batch owners told", "Ines Duarte", "Response");
            // After 02:05 Berlin time on the 15th (01:05Z): a timestamp at the entry's offset.
            d.AddRowAfter("timeline[3].event", "02:30", "Invoices checked", "Ana Lima", "Other");
        });

        Assert.Equal(before
            .Replace("    by: Scheduler\n    kind: detection\n",
                "    by: Scheduler\n    kind: detection\n  - at: \"00:05\"\n    event: Batch owners told\n    by: Ines Duarte\n    kind: response\n", StringComparison.Ordinal)
            .Replace("    kind: resolution\n",
                "    kind: resolution\n  - at: 2026-03-15T01:30:00Z\n    event: Invoices checked\n    by: Ana Lima\n    kind: other\n", StringComparison.Ordinal),
            after);
    }


    [Fact]
    public void A_bad_time_in_a_new_row_is_an_error_at_the_row()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = ws.ImportAfter(d => d.AddRowAfter("timeline[9].event", "half past", "Status page updated", "Dana Kim", "Response"));

        Assert.Equal([$"{ws.Docx}: Timeline, row 11: 'half past' is not a time (write HH:MM, e.g. 09:12, or YYYY-MM-DD HH:MM for another day)"], result.Errors);
        Assert.Null(result.NewText);
    }


    [Fact]
    public void Times_after_a_summer_time_change_are_read_at_the_zone_s_offset_then()
    {
        // Berlin moves from UTC+01:00 to UTC+02:00 at 02:00 on 29 March 2026: 03:10 that night is 01:10 UTC.
        const string Text = """
            id: INC-4501
            title: Queue backlog over the clock change
            severity: low
            started_at: 2026-03-29T00:30:00Z
            timezone: Europe/Berlin
            timeline:
              - at: "01:30"
                event: Backlog alert
                kind: detection
              - at: "03:10"
                event: Consumers scaled up
                kind: mitigation
              - at: 2026-03-29T01:40:00Z
                event: Backlog drained
                kind: resolution

            """;
        using var ws = new Workspace(Text);

        var after = ws.Edited(d =>
        {
            d.Replace("timeline[1].at", "03:20");
            d.Replace("timeline[2].at", "03:50"); // shown 03:40 (summer time): 01:50 UTC
        });

        Assert.Equal(Text.Replace("  - at: \"03:10\"\n", "  - at: \"03:20\"\n", StringComparison.Ordinal)
            .Replace("  - at: 2026-03-29T01:40:00Z\n", "  - at: 2026-03-29T01:50:00Z\n", StringComparison.Ordinal), after);
    }
}
