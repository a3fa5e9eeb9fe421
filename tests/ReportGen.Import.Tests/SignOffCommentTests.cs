using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>An approver who has no comment has no comment row in the report (the PDF shows no empty ones, and the .docx
/// shows what the PDF shows): the facilitator adds one the way the report shows comments, a row under the approver's
/// starting with the label, "Comment: …". Rows are counted as a reader counts them: a comment row is part of its
/// signer's row.</summary>
public sealed class SignOffCommentTests
{
    [Fact]
    public void A_comment_row_typed_under_an_approver_without_one_becomes_the_approver_s_comment()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);

        var result = ws.ImportAfter(d => d.AddRowAfter("signoff.approvals[1].name", "Comment: Keep the *pool alert* after the fix."));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(before.Replace("      date: 2026-03-18\n    - name: Amara Okafor\n",
            "      date: 2026-03-18\n      comment: Keep the \\*pool alert\\* after the fix.\n    - name: Amara Okafor\n", StringComparison.Ordinal), result.NewText);
        var edit = Assert.Single(result.Edits);
        Assert.Equal(("signoff.approvals[1].comment", "Sign-off, row 5, Comment"), (edit.YamlPath, edit.Place));
    }

    [Fact]
    public void A_row_under_an_approver_that_does_not_start_with_the_label_is_still_a_new_approver()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);

        var after = ws.Edited(d => d.AddRowAfter("signoff.approvals[1].name", "Noor Haddad", "Finance"));

        Assert.Equal(before + "    - name: Noor Haddad\n      role: Finance\n", after);
    }

    [Fact]
    public void Rows_after_a_comment_row_are_numbered_as_the_reader_counts_them()
    {
        using var ws = TestIncidents.Open("overnight");

        // Facilitator (row 1), Ana Lima and her comment (row 2), Tom Berger (row 3).
        var result = ws.ImportAfter(d => d.Replace("signoff.approvals[1].role", "Head of Billing and Tax"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(("signoff.approvals[1].role", "Sign-off, row 3, Role"), (Assert.Single(result.Edits).YamlPath, result.Edits[0].Place));
    }
}
