using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Values the report shows outside running text come back too: a figure's caption and alt text, a code snippet,
/// the sign-off names and the severity and status badges of the title block. What cannot be written back (an alt text
/// the file leaves to the title, a badge that names no choice) is said, never silently lost.</summary>
public sealed class ShownValueTests
{
    [Fact]
    public void An_edited_figure_caption_comes_back_as_the_figures_title()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("impact.figures[0].title", "5xx rate on /checkout, 09:00–13:30 CET"));

        Assert.Equal(before.Replace("    - title: 5xx rate on /checkout, 09:00–13:00 CET\n", "    - title: 5xx rate on /checkout, 09:00–13:30 CET\n",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void An_edited_alt_text_comes_back_as_the_figures_alt()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d => d.SetAltText("impact.figures[0].alt", "The 5xx rate peaks at 38% between 09:45 and 11:30"));

        Assert.Contains("      alt: The 5xx rate peaks at 38% between 09:45 and 11:30\n    - title: pgbouncer pool usage per pod\n", after);
    }

    [Fact]
    public void An_alt_text_the_file_leaves_to_the_title_is_not_imported_and_says_where_to_add_it()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = ws.ImportAfter(d => d.SetAltText("impact.figures[1].alt", "Pool usage at 100% on every pod from 09:14"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("'Pool usage at 100% on every pod from 09:14' was not imported", StringComparison.Ordinal)
                                              && w.Contains("no alt under impact.figures[1]", StringComparison.Ordinal)
                                              && w.Contains("add 'alt:' there", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_line_of_a_code_snippet_comes_back_in_its_literal_block()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.SetCodeLine("appendices.snippets[0].code", 2, "default_pool_size =  120"));

        Assert.Equal(before.Replace("        default_pool_size = 50\n", "        default_pool_size =  120\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_code_snippet_keeps_its_empty_lines_and_indentation_when_another_line_is_edited()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml")).Replace(
            "        [pgbouncer]\n        pool_mode = transaction\n",
            "        [pgbouncer]\n\n          pool_mode = transaction\n", StringComparison.Ordinal);
        using var ws = new Workspace(text);

        var after = ws.Edited(d => d.SetCodeLine("appendices.snippets[0].code", 3, "default_pool_size = 120"));

        Assert.Equal(text.Replace("        default_pool_size = 50\n", "        default_pool_size = 120\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void Edited_sign_off_names_come_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var after = ws.Edited(d =>
        {
            d.Replace("signoff.facilitated_by", "Dana K. Kim");
            d.Replace("signoff.reviewed_by[0]", "Sam Ortiz-Lee");
            d.Replace("signoff.approvals[1].name", "Luis Ortega Díaz");
        });

        Assert.Contains("  facilitated_by: Dana K. Kim\n  reviewed_by: [Sam Ortiz-Lee, Priya Raman, Luis Ortega]\n", after);
        Assert.Contains("    - name: Luis Ortega Díaz\n      role: Director, Payments\n", after);
    }

    [Fact]
    public void An_edited_badge_comes_back_as_the_choice_it_names()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d =>
        {
            d.Replace("severity", "High");
            d.Replace("status", "draft");
        });

        Assert.Equal(before.Replace("\nseverity: critical\nstatus: final\n", "\nseverity: high\nstatus: draft\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_badge_that_names_no_choice_is_an_error_at_the_title_block()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = ws.ImportAfter(d => d.Replace("severity", "Catastrophic"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ws.Docx}: title block: 'Catastrophic': not a severity (write one of critical, high, medium, low)", error);
    }
}
