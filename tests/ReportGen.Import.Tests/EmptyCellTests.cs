using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>A value typed into a cell the report left empty because the incident has none (a timeline entry's 'by', an
/// action item's owner, due date or priority) becomes that value, added in the style of its neighbours and validated
/// like any other.</summary>
public sealed class EmptyCellTests
{
    [Fact]
    public void Text_typed_into_an_empty_By_cell_becomes_the_entry_s_by()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("timeline[1].event", 2, "Search on-call");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(before.Replace("    event: Rebuild stalls at 62 percent\n", "    event: Rebuild stalls at 62 percent\n    by: Search on-call\n",
            StringComparison.Ordinal), result.NewText);
        var edit = Assert.Single(result.Edits);
        Assert.Equal(("timeline[1].by", "Timeline, row 2, By"), (edit.YamlPath, edit.Place));
    }

    [Fact]
    public void Owner_due_date_and_priority_typed_into_an_empty_action_item_row_are_added_in_order_and_style()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.SetCell("action_items[1].action", 2, "Lea Brandt");
            docx.SetCell("action_items[1].action", 3, "2026-06-01");
            docx.SetCell("action_items[1].action", 4, "P2");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(before.Replace("    action: Write checkpoints every 5 minutes during a rebuild\n",
            "    action: Write checkpoints every 5 minutes during a rebuild\n    owner: Lea Brandt\n    due: 2026-06-01\n    priority: P2\n",
            StringComparison.Ordinal), result.NewText);
    }

    [Fact]
    public void A_column_empty_in_every_row_is_still_found_and_read_back()
    {
        // No entry has a 'by' and the only action item has no owner, due date or priority: no row shows what those
        // columns hold, so import renders a probe to find out.
        using var ws = new Workspace(IncidentText.Valid("INC-7") + """

            action_items:
              - id: B1
                action: Add a pool-usage alert

            """);
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.SetCell("timeline[0].event", 2, "Maya Chen");
            docx.SetCell("action_items[0].action", 2, "Payments SRE");
            docx.SetCell("action_items[0].action", 3, "2026-04-01");
            docx.SetCell("action_items[0].action", 4, "P1");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(before
            .Replace("    event: Error-rate alert fired for checkout-api\n", "    event: Error-rate alert fired for checkout-api\n    by: Maya Chen\n", StringComparison.Ordinal)
            .Replace("    action: Add a pool-usage alert\n", "    action: Add a pool-usage alert\n    owner: Payments SRE\n    due: 2026-04-01\n    priority: P1\n", StringComparison.Ordinal),
            result.NewText);
    }

    [Fact]
    public void A_kind_typed_into_the_empty_Kind_cell_of_an_other_entry_replaces_other()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("timeline[1].event", 3, "Response");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before.Replace("keeps climbing\n    kind: other\n", "keeps climbing\n    kind: response\n", StringComparison.Ordinal), result.NewText);
    }

    [Fact]
    public void A_value_typed_into_an_empty_cell_that_breaks_a_rule_of_its_entry_is_an_error_at_the_cell()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("timeline[0].event", 3, "Escalation"); // 09:02, before started_at

        var result = ws.Import();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith(ws.Docx + ": Timeline, row 1, Kind: 'escalation': ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_date_typed_into_an_empty_Due_cell_is_an_error_at_its_cell()
    {
        using var ws = TestIncidents.Open("nested-lists");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("action_items[1].action", 3, "next week");

        var result = ws.Import();

        Assert.False(result.Succeeded);
        Assert.Null(result.NewText);
        Assert.Equal([ws.Docx + ": Action items, row 2, Due: 'next week' is not a date (write YYYY-MM-DD, e.g. 2026-03-20)"], result.Errors);
    }

    [Fact]
    public void An_unknown_priority_typed_into_an_empty_cell_is_an_error_naming_the_choices()
    {
        using var ws = TestIncidents.Open("nested-lists");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("action_items[1].action", 4, "urgent");

        var result = ws.Import();

        Assert.False(result.Succeeded);
        Assert.True(result.Errors.Any(e => e.Contains("Action items, row 2, Priority: 'urgent'", StringComparison.Ordinal) && e.Contains("P0", StringComparison.Ordinal)), string.Join("\n", result.Errors));
    }

    [Fact]
    public void Editing_a_derived_cell_that_has_a_value_is_still_only_a_warning()
    {
        using var ws = TestIncidents.Open("nested-lists");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("action_items[0].action", 4, "P2");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("Action items, row 1, Priority: 'P2' was not imported", StringComparison.Ordinal)
                                              && w.Contains("edit action_items[0].priority", StringComparison.Ordinal));
    }
}
