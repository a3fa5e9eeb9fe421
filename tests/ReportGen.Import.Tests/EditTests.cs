using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Edits made the way Word stores them come back into the YAML with the smallest textual change.</summary>
public sealed class EditTests
{
    [Fact]
    public void A_changed_timeline_event_is_rewritten_in_place_and_nothing_else_moves()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("timeline[9].event", "Rollback to 4.17.3 ", "completed on every pod"));

        Assert.Equal(before.Replace("    event: Rollback to 4.17.3 completed on all pods\n", "    event: Rollback to 4.17.3 completed on every pod\n",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void Runs_split_by_Word_change_nothing()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d =>
        {
            d.SplitRuns("timeline[5].event");        // has bold: "Incident declared **critical**; ..."
            d.SplitRuns("root_cause.what_happened");
            d.SplitRuns("impact.external.business");
        });

        Assert.Equal(before, after);
    }

    [Fact]
    public void Bold_typed_in_Word_comes_back_as_Markdown_and_syntax_characters_as_typed()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.Replace("action_items[0].action", "Alert when ", "**pool usage", " exceeds 80% *for* 5_min [any pod]"));

        Assert.Contains(@"action: Alert when **pool usage** exceeds 80% \*for\* 5\_min \[any pod\]" + "\n", after);
    }

    [Fact]
    public void A_plain_text_field_comes_back_without_Markdown_escapes()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.Replace("action_items[0].owner", "Payments_SRE * on-call"));

        Assert.Contains("owner: Payments_SRE * on-call\n", after);
    }

    [Fact]
    public void Text_YAML_would_misread_is_quoted()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.Replace("timeline[0].by", "yes: the pipeline"));

        Assert.Contains("    by: \"yes: the pipeline\"\n", after);
        var reloaded = ReportGen.Core.Loading.IncidentLoader.LoadText(after, "x.yaml", ws.Directory);
        Assert.Equal("yes: the pipeline", reloaded.Incident!.Timeline[0].By);
    }

    [Fact]
    public void A_block_value_keeps_its_literal_style_and_indentation()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.Replace("root_cause.what_happened", "Release 4.18.0 moved price lookups into a per-line query."));

        Assert.Contains("  what_happened: |\n    Release 4.18.0 moved price lookups into a per-line query.\n  immediate_cause:", after);
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted_and_counted()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.Replace("timeline[9].event", "Rollback to 4.17.3 ", "completed on all pods");
            docx.TrackedChange("timeline[9].event", " (verified)");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.TrackedChanges);
        Assert.Contains("    event: completed on all pods (verified)\n", result.NewText);
    }

    [Fact]
    public void Comments_are_listed_with_their_path_and_never_merged()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx))
            docx.Comment("root_cause.immediate_cause", "Priya Raman", "Is 50 per pod right? I thought 60.");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var comment = Assert.Single(result.Comments);
        Assert.Equal("Priya Raman", comment.Author);
        Assert.Equal("2026-03-17 09:30", comment.Date);
        Assert.Equal(["root_cause.immediate_cause"], comment.YamlPaths);
        Assert.StartsWith("The checkout-api connection pool", comment.AnchorText);
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
    }

    [Fact]
    public void Render_edit_import_render_shows_the_edit()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var after = ws.Edited(d => d.Replace("lessons.went_well[1]", "The database team joined within ", "**10 minutes", "."));
        File.WriteAllText(ws.Yaml, after);

        var again = Path.Combine(ws.Directory, "again.docx");
        Workspace.Render(ws.Yaml, again);
        using var docx = new DocxEdit(again);

        var text = string.Concat(docx.Inside("lessons.went_well[1]").Select(e => e.InnerText));
        Assert.Equal("The database team joined within 10 minutes.", text);
        Assert.Contains(docx.Inside("lessons.went_well[1]").OfType<DocumentFormat.OpenXml.Wordprocessing.Run>(),
            r => r.RunProperties?.Bold is not null && r.InnerText == "10 minutes");
    }
}

/// <summary>The title in the title block is a value like any other.</summary>
public sealed class TitleEditTests
{
    [Fact]
    public void An_edited_title_comes_back()
    {
        using var ws = Workspace.ForExample("search-latency.yaml");
        using (var docx = new DocxEdit(ws.Docx)) docx.Replace("title", "Search suggestions slow after a cache node was replaced");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("\ntitle: Search suggestions slow after a cache node was replaced\n", result.NewText);
    }
}
