using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Lists inside (md) values come back nested, in the indentation the value used; a bullet indented in Word
/// (a deeper <c>w:ilvl</c>) becomes a nested item.</summary>
public sealed class NestedListTests
{
    [Fact]
    public void An_edit_inside_a_nested_list_keeps_the_nesting_numbers_and_indentation()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("root_cause.what_happened", 3, "taken from a replica"));

        Assert.Equal(before.Replace("       - taken from the replica\n", "       - taken from a replica\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_list_item_with_a_nested_list_keeps_its_own_indentation()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d =>
        {
            d.Replace("root_cause.contributing_factors[0]", 2, "and no documents over 20 MB");
            d.Replace("root_cause.contributing_factors[1]", 1, "so each stall lost up to 30 minutes");
        });

        Assert.Equal(before.Replace("        - and no documents over 50 MB\n", "        - and no documents over 20 MB\n", StringComparison.Ordinal)
            .Replace("        1. so each stall lost up to half an hour\n", "        1. so each stall lost up to 30 minutes\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_bullet_indented_in_Word_becomes_a_nested_item_of_the_value()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.AddSubBullet(d.ParagraphOf("taken from the replica"), "through the snapshot repository"));

        Assert.Equal(before.Replace("       - taken from the replica\n", "       - taken from the replica\n         - through the snapshot repository\n",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_sub_bullet_under_a_list_item_nests_in_that_item_not_a_new_item()
    {
        using var ws = TestIncidents.Open("nested-lists");

        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.AddSubBullet(d.ParagraphOf("The checkpoint let us resume instead of starting over."), "Resuming took 4 minutes."));

        Assert.Equal(before.Replace("    - The checkpoint let us resume instead of starting over.\n",
            "    - |\n      The checkpoint let us resume instead of starting over.\n        - Resuming took 4 minutes.\n", StringComparison.Ordinal), after);
        var reloaded = ReportGen.Core.Loading.IncidentLoader.LoadText(after, "x.yaml", ws.Directory);
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics));
        var wentWell = reloaded.Incident!.Lessons!.WentWell!;
        Assert.Single(wentWell);
        Assert.Equal("The checkpoint let us resume instead of starting over.\n  - Resuming took 4 minutes.", wentWell[0]);
    }

    [Fact]
    public void Render_indent_import_render_shows_the_nested_item()
    {
        using var ws = TestIncidents.Open("nested-lists");
        File.WriteAllText(ws.Yaml, ws.Edited(d => d.AddSubBullet(d.ParagraphOf("Replay the write log"), "one batch at a time")));

        var again = Path.Combine(ws.Directory, "again.docx");
        Workspace.Render(ws.Yaml, again);
        using var docx = new DocxEdit(again);

        var replay = docx.ParagraphOf("Replay the write log").ParagraphProperties!.NumberingProperties!;
        var nested = docx.ParagraphOf("one batch at a time").ParagraphProperties!.NumberingProperties!;
        Assert.Equal(0, replay.NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, nested.NumberingLevelReference!.Val!.Value);
    }

    [Fact]
    public void A_numbered_list_that_starts_at_3_keeps_its_numbers_after_an_edit()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        // The .docx starts the list at 3 (its numbering instance's start); the edited value must not restart it at 1.
        var after = ws.Edited(d => d.Replace("root_cause.what_happened", 1, "Pause the morning batch at 00:20"));

        Assert.Equal(before.Replace("    3. Pause the morning batch\n", "    3. Pause the morning batch at 00:20\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_list_renumbered_in_Word_comes_back_from_its_new_start()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        // Word's "Set numbering value" gives the list a numbering instance of its own that starts at 5.
        var after = ws.Edited(d => d.RestartNumbering(d.ParagraphOf("Pause the morning batch"), 5));

        Assert.Equal(before.Replace("    3. Pause the morning batch\n    4. Resume", "    5. Pause the morning batch\n    6. Resume", StringComparison.Ordinal), after);
    }
}
