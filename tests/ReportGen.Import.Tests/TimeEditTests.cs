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
    public void The_summary_s_resolved_and_postmortem_dates_and_the_next_review_come_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d =>
        {
            d.Replace("resolved_at", "2026-03-14 12:52"); // the offset left out: the report's zone
            d.Replace("postmortem_date", "2026-03-16");
            d.Replace("signoff.next_review", "2026-04-25");
        });

        Assert.Equal(before.Replace("resolved_at: 2026-03-14T12:47:00+01:00\n", "resolved_at: 2026-03-14T12:52:00+01:00\n", StringComparison.Ordinal)
            .Replace("postmortem_date: 2026-03-17\n", "postmortem_date: 2026-03-16\n", StringComparison.Ordinal)
            .Replace("  next_review: 2026-04-18", "  next_review: 2026-04-25", StringComparison.Ordinal), after);
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
}
