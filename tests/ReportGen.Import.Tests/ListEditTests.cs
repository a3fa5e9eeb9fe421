using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Rows added to the timeline and action-item tables and bullets added to lists become new entries, written
/// in the style of their neighbours; deleted rows remove their entries.</summary>
public sealed class ListEditTests
{
    [Fact]
    public void A_new_timeline_row_becomes_an_entry_after_the_row_above_it()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.AddRowAfter("timeline[9].event", "12:40", "Status page set to *monitoring*", "Dana Kim", "Response"));

        var expected = before.Replace("""
                event: Rollback to 4.17.3 completed on all pods
                by: Deploy pipeline
                kind: mitigation

            """, """
                event: Rollback to 4.17.3 completed on all pods
                by: Deploy pipeline
                kind: mitigation
              - at: "12:40"
                event: Status page set to \*monitoring\*
                by: Dana Kim
                kind: response

            """, StringComparison.Ordinal);
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, after);
    }

    [Fact]
    public void A_new_action_item_row_becomes_an_item_with_its_date_and_status()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.AddRowAfter("action_items[0].action", "A9", "Page the database team on pool alerts", "Database team", "2026-04-10", "P1", "In progress"));

        Assert.Contains("""
              - id: A9
                action: Page the database team on pool alerts
                owner: Database team
                due: 2026-04-10
                priority: P1
                status: in_progress

            """, after);
        var reloaded = ReportGen.Core.Loading.IncidentLoader.LoadText(after, "x.yaml", ws.Directory);
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics));
        Assert.Equal("A9", reloaded.Incident!.ActionItems[1].Id);
    }

    [Fact]
    public void A_bullet_added_to_a_list_becomes_a_new_item()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.AddBulletAfter("lessons.went_well[2]", "Finance joined the call within the hour."));

        Assert.Contains("""
                - Customer Support had a macro ready within 30 minutes.
                - Finance joined the call within the hour.
              could_improve:
            """, after);
    }

    [Fact]
    public void A_deleted_row_removes_its_entry_and_nothing_else()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.DeleteRow("timeline[6].event"));

        var expected = before.Replace("""
              - at: "10:20"
                event: First mitigation attempt (restarting pods) gives no lasting relief
                by: Maya Chen
                kind: response

            """, "", StringComparison.Ordinal);
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, after);
    }
}
