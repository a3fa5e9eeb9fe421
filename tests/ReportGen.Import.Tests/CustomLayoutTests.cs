using ReportGen.Core.Layouts;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Which key a table column shows comes from the marks of the .docx, never from the column's heading: a layout
/// whose tables are headed differently imports the same.</summary>
public sealed class CustomLayoutTests
{
    /// <summary>The built-in layout with every timeline and action-item heading renamed.</summary>
    private static ReportLayout RenamedHeadings(TempFolder folder)
    {
        var source = RepoPaths.Under("layouts", "postmortem");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            folder.WriteBytes(Path.Combine("layout", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        Rename(folder.PathOf("layout/report.md.sbn"), "| Time | Event | By | Kind |", "| When | What happened | Who | Type |");
        Rename(folder.PathOf("layout/partials/actions.md.sbn"), "| ID | Action | Owner | Due | Priority | Status |", "| Ref | Task | Assignee | Deadline | Urgency | State |");
        var loaded = ReportLayout.Load(folder.PathOf("layout"));
        Assert.True(loaded.Layout is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Layout!;
    }

    private static void Rename(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_row_under_other_headings_gets_its_time_kind_and_status()
    {
        using var folder = new TempFolder();
        using var ws = new Workspace(File.ReadAllText(RepoPaths.Example("checkout-outage.yaml")), "checkout-outage", RenamedHeadings(folder));
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.AddRowAfter("timeline[9].event", "12:40", "Status page set to monitoring", "Dana Kim", "Response");
            docx.AddRowAfter("action_items[0].action", "A9", "Page the database team", "Database team", "2026-04-10", "P1", "In progress");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("""
              - at: "12:40"
                event: Status page set to monitoring
                by: Dana Kim
                kind: response

            """, result.NewText);
        Assert.Contains("""
              - id: A9
                action: Page the database team
                owner: Database team
                due: 2026-04-10
                priority: P1
                status: in_progress

            """, result.NewText);
    }

    [Fact]
    public void An_edited_cell_under_another_heading_names_its_key()
    {
        using var folder = new TempFolder();
        using var ws = new Workspace(File.ReadAllText(RepoPaths.Example("checkout-outage.yaml")), "checkout-outage", RenamedHeadings(folder));
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.SetCell("timeline[3].event", 0, "09:25"); // retyped over the whole cell
            docx.SetCell("timeline[3].event", 3, "Escalation");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml).Replace("  - at: \"09:24\"\n", "  - at: \"09:25\"\n", StringComparison.Ordinal), result.NewText);
        Assert.Equal("Timeline, row 4, When", Assert.Single(result.Edits).Place);
        Assert.Contains(result.Warnings, w => w.Contains("Timeline, row 4, Type: 'Escalation'", StringComparison.Ordinal)
                                              && w.Contains("edit timeline[3].kind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_typed_into_an_empty_cell_under_another_heading_becomes_that_value()
    {
        using var folder = new TempFolder();
        using var ws = new Workspace(File.ReadAllText(Path.Combine(TestIncidents.Folder, "nested-lists.yaml")), "nested-lists", RenamedHeadings(folder));
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("action_items[1].action", 2, "Lea Brandt");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("    action: Write checkpoints every 5 minutes during a rebuild\n    owner: Lea Brandt\n", result.NewText);
        Assert.Equal("Action items, row 2, Assignee", Assert.Single(result.Edits).Place);
    }
}
