using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Times and dates edited where the report shows them (a timeline entry's Time, an action item's Due, the
/// summary's Started) come back as the incident file's values: read in the report's time zone, the day kept unless the
/// shown day was changed, written in the old text's style (an unchanged one stays byte for byte), and validated.</summary>
public sealed class TimeEditTests
{
    [Fact]
    public void A_changed_timeline_time_comes_back_as_the_smallest_change()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var result = ws.ImportAfter(d => d.Replace("timeline[3].at", "09:26"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(before.Replace("  - at: \"09:24\"\n", "  - at: \"09:26\"\n", StringComparison.Ordinal), result.NewText);
        var edit = Assert.Single(result.Edits);
        Assert.Equal(("timeline[3].at", "Timeline, row 4, Time", "09:24", "09:26"), (edit.YamlPath, edit.Place, edit.OldText, edit.NewText));
    }

    [Fact]
    public void A_time_retyped_over_its_whole_cell_comes_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // The new text lands after the cell's bookmark, which is left empty (as after select-all and typing in Word).
        var after = ws.Edited(d => d.SetCell("timeline[3].event", 0, "09:26"));

        Assert.Equal(before.Replace("  - at: \"09:24\"\n", "  - at: \"09:26\"\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_time_typed_back_as_it_was_changes_nothing()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = ws.ImportAfter(d => d.Replace("timeline[3].at", " 9:24 "));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Edits);
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
    }

    [Fact]
    public void A_bad_time_is_an_error_at_its_cell_and_nothing_is_written()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var result = ws.ImportAfter(d =>
        {
            d.Replace("timeline[3].at", "25:99");
            d.Replace("timeline[4].at", "soon");
        });

        Assert.False(result.Succeeded);
        Assert.Null(result.NewText);
        Assert.Equal([
            $"{ws.Docx}: Timeline, row 4, Time: '25:99' is not a time (write HH:MM, e.g. 09:24, or YYYY-MM-DD HH:MM for another day)",
            $"{ws.Docx}: Timeline, row 5, Time: 'soon' is not a time (write HH:MM, e.g. 09:41, or YYYY-MM-DD HH:MM for another day)",
        ], result.Errors);
        Assert.Equal(before, File.ReadAllText(ws.Yaml));
    }

    [Fact]
    public void A_changed_time_that_breaks_the_timeline_s_rules_is_the_loader_s_error_at_its_cell()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        // The alert (a detection) moved before the incident started.
        var result = ws.ImportAfter(d => d.Replace("timeline[2].at", "09:05"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{ws.Docx}: Timeline, row 3, Time: '2026-03-14T09:05:00+01:00': timeline entry at 2026-03-14T09:05:00+01:00 is a detection before started_at", error);
    }

    [Fact]
    public void A_changed_time_the_loader_warns_about_imports_with_the_warning_at_its_cell()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        // The release moved two weeks back: context that old usually belongs in the root cause.
        var result = ws.ImportAfter(d => d.Replace("timeline[0].at", "2026-02-28 09:02"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith($"{ws.Docx}: warning: Timeline, row 1, Time: '2026-02-28T09:02:00+01:00': timeline entry at ", warning);
        Assert.Contains("before started_at", warning);
    }

    [Fact]
    public void A_bare_time_moved_before_the_entry_above_keeps_its_day_as_a_full_timestamp()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // A bare 09:10 after 09:12 would roll over to the next morning: the shown day (the start day) is kept instead.
        var after = ws.Edited(d => d.Replace("timeline[2].at", "09:15"));
        Assert.Equal(before.Replace("  - at: \"09:19\"\n", "  - at: \"09:15\"\n", StringComparison.Ordinal), after);

        using var again = Workspace.ForExample("checkout-outage.yaml");
        var moved = again.Edited(d => d.Replace("timeline[1].at", "09:01"));
        Assert.Equal(before.Replace("  - at: \"09:12\"\n", "  - at: \"2026-03-14T09:01:00+01:00\"\n", StringComparison.Ordinal), moved);
    }

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
    public void A_changed_due_date_comes_back_and_a_bad_one_is_an_error()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("action_items[0].due", "2026-03-30"));
        Assert.Equal(before.Replace("    due: 2026-03-28\n", "    due: 2026-03-30\n", StringComparison.Ordinal), after);

        using var bad = Workspace.ForExample("checkout-outage.yaml");
        var result = bad.ImportAfter(d => d.Replace("action_items[0].due", "2026-02-30"));
        Assert.Equal([$"{bad.Docx}: Action items, row 1, Due: '2026-02-30' is not a date (February 2026 has 28 days)"], result.Errors);
        Assert.Null(result.NewText);
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
