using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>The sign-off table's values come back like any other: an approver's role, date and comment as typed, the
/// decision as the choice its label names. A date that is not one, or a decision that names no choice, is an error at
/// its place in the table.</summary>
public sealed class SignOffValueTests
{
    private static ImportResult Import(Workspace ws, Action<DocxEdit> edit)
    {
        using (var docx = new DocxEdit(ws.Docx)) edit(docx);
        return ws.Import();
    }

    private static string Edited(Workspace ws, Action<DocxEdit> edit)
    {
        var result = Import(ws, edit);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.NewText!;
    }

    [Fact]
    public void An_edited_role_comes_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = Edited(ws, d => d.Replace("signoff.approvals[1].role", "Director, Payments ", "Platform"));

        Assert.Equal(before.Replace("      role: Director, Payments\n", "      role: Director, Payments Platform\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void An_edited_approval_date_comes_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = Edited(ws, d => d.Replace("signoff.approvals[2].date", "2026-03-19"));

        Assert.Equal(before.Replace("      decision: approved\n      date: 2026-03-18\n  date:", "      decision: approved\n      date: 2026-03-19\n  date:",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void An_edited_sign_off_date_comes_back_from_the_first_row_that_shows_it()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = Edited(ws, d => d.Replace("signoff.date", "2026-03-20"));

        Assert.Equal(before.Replace("  date: 2026-03-18\n  next_review:", "  date: 2026-03-20\n  next_review:", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_date_that_is_not_one_is_an_error_at_its_row_and_column()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var result = Import(ws, d => d.Replace("signoff.approvals[0].date", "2026-02-30"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{ws.Docx}: Sign-off, row 3, Date: '2026-02-30': ", error);
        Assert.Equal(before, File.ReadAllText(ws.Yaml));
    }

    [Fact]
    public void An_edited_comment_comes_back_as_markdown()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = Edited(ws, d => d.Replace("signoff.approvals[0].comment", "Ship ", "**A3", " and A4 before the April code freeze."));

        Assert.Equal(before.Replace("      comment: Ship **A3** before the April code freeze.\n",
            "      comment: Ship **A3** and A4 before the April code freeze.\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_decision_changed_by_its_label_comes_back_as_the_choice()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // A final postmortem needs every approval: the meeting that asks for changes reopens it.
        var after = Edited(ws, d =>
        {
            d.Replace("signoff.approvals[1].decision", "Changes requested");
            d.Replace("status", "In review");
        });

        Assert.Equal(before.Replace("      role: Director, Payments\n      decision: approved\n",
            "      role: Director, Payments\n      decision: changes_requested\n", StringComparison.Ordinal)
            .Replace("\nstatus: final\n", "\nstatus: review\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_decision_that_names_no_choice_is_an_error_at_its_row()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = Import(ws, d => d.Replace("signoff.approvals[1].decision", "Maybe"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ws.Docx}: Sign-off, row 5, Decision: 'Maybe': not a decision " +
                     "(write one of pending, approved, changes_requested, rejected)", error);
    }
}
