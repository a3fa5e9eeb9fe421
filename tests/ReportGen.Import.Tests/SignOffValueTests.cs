using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>The sign-off table's values come back like any other: an approver's role, date and comment as typed, the
/// decision as the choice its label names. A date that is not one, or a decision that names no choice, is an error at
/// its place in the table.</summary>
public sealed class SignOffValueTests
{
    [Fact]
    public void An_edited_role_comes_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("signoff.approvals[1].role", "Director, Payments ", "Platform"));

        Assert.Equal(before.Replace("      role: Director, Payments\n", "      role: Director, Payments Platform\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void An_edited_approval_date_comes_back()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("signoff.approvals[2].date", "2026-03-19"));

        Assert.Equal(before.Replace("      decision: approved\n      date: 2026-03-18\n  date:", "      decision: approved\n      date: 2026-03-19\n  date:",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void An_edited_sign_off_date_comes_back_from_the_first_row_that_shows_it()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("signoff.date", "2026-03-20"));

        Assert.Equal(before.Replace("  date: 2026-03-18\n  next_review:", "  date: 2026-03-20\n  next_review:", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_date_that_is_not_one_is_an_error_at_its_row_and_column()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var result = ws.ImportAfter(d => d.Replace("signoff.approvals[0].date", "2026-02-30"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ws.Docx}: Sign-off, row 3, Date: '2026-02-30' is not a date (February 2026 has 28 days)", error);
        Assert.Equal(before, File.ReadAllText(ws.Yaml));
    }

    [Fact]
    public void An_edited_comment_comes_back_as_markdown()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.Replace("signoff.approvals[0].comment", "Ship ", "**A3", " and A4 before the April code freeze."));

        Assert.Equal(before.Replace("      comment: Ship **A3** before the April code freeze.\n",
            "      comment: Ship **A3** and A4 before the April code freeze.\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_decision_changed_by_its_label_comes_back_as_the_choice()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // A final postmortem needs every approval: the meeting that asks for changes reopens it.
        var after = ws.Edited(d =>
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

        var result = ws.ImportAfter(d => d.Replace("signoff.approvals[1].decision", "Maybe"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ws.Docx}: Sign-off, row 4, Decision: 'Maybe': not a decision " + // the comment row above is part of row 3
                     "(write one of pending, approved, changes_requested, rejected)", error);
    }

    [Fact]
    public void A_date_typed_into_an_empty_cell_comes_back_with_the_decision_it_dates()
    {
        using var ws = Workspace.ForExample("payments-webhook-draft.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // Jon Berg approved in the meeting: the facilitator picks the decision and types the day into his empty Date cell.
        var after = ws.Edited(d =>
        {
            d.Replace("signoff.approvals[1].decision", "Approved");
            d.SetCell("signoff.approvals[1].name", 4, "2026-04-01");
        });

        Assert.Equal(before.Replace("    - name: Jon Berg\n      role: Payments lead\n",
            "    - name: Jon Berg\n      role: Payments lead\n      decision: approved\n      date: 2026-04-01\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void A_role_typed_into_an_empty_cell_comes_back()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "payments-webhook-draft.yaml"))
            .Replace("    - name: Jon Berg\n      role: Payments lead\n", "    - name: Jon Berg\n", StringComparison.Ordinal);
        using var ws = new Workspace(text);

        var after = ws.Edited(d => d.SetCell("signoff.approvals[1].name", 1, "Payments lead"));

        Assert.Equal(text.Replace("    - name: Jon Berg\n", "    - name: Jon Berg\n      role: Payments lead\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void Text_typed_where_the_layout_shows_no_value_is_not_imported_and_says_so()
    {
        using var ws = Workspace.ForExample("payments-webhook-draft.yaml");

        var result = ws.ImportAfter(d =>
        {
            d.SetCell("signoff.facilitated_by", 1, "Lead facilitator"); // the role "Facilitator" is the layout's
            d.SetCell("signoff.facilitated_by", 2, "Approved");         // the facilitator records no decision
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("Sign-off, row 1, Role: 'Lead facilitator' was not imported: the role of this row is the layout's", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("Sign-off, row 1, Decision: 'Approved' was not imported", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_added_under_an_approver_with_a_comment_row_is_a_new_approver()
    {
        using var ws = Workspace.ForExample("payments-webhook-draft.yaml");
        var before = File.ReadAllText(ws.Yaml);

        // Chidi Eze's comment is a row of one merged cell under his row: it must not make the Name column the comment.
        var after = ws.Edited(d => d.AddRowAfter("signoff.approvals[2].name", "Noor Haddad", "Finance"));

        Assert.Equal(before.Replace("      comment: The *retry limit* finding needs a security review first.\n",
            "      comment: The *retry limit* finding needs a security review first.\n    - name: Noor Haddad\n      role: Finance\n",
            StringComparison.Ordinal), after);
    }

    [Fact]
    public void The_sign_off_date_edited_on_a_later_row_is_not_imported_and_says_where_to_edit_it()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");

        var result = ws.ImportAfter(d => d.SetCell("signoff.reviewed_by[0]", 4, "2026-03-21"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("Sign-off, row 2, Date: '2026-03-21' was not imported: the cell shows signoff.date again",
            StringComparison.Ordinal));
    }
}
