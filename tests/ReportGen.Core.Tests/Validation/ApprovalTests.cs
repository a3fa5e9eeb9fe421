using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using Scriban.Runtime;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary><c>signoff.approvals</c>: loaded, shown to layouts, checked at the right line and column. Errors whatever
/// the status: a decided approval without a date, a pending one with a date, an approver named twice. Readiness: final
/// refuses any approval not approved (naming the approver and the decision) and any dated before started_at; review
/// warns about the same.</summary>
public class ApprovalTests
{
    private const string Approvals = """
        signoff:
          approvals:
            - name: Priya Raman
              role: VP Engineering
              decision: approved
              date: 2026-03-18
              comment: Ship **A3** before the freeze.
            - name: Sam Ortiz

        """;

    /// <summary>Ready for sign-off but for what a test adds to the approvals.</summary>
    private const string ReadyButApprovals = """
        status: final
        resolved_at: 2026-03-14T10:00:00Z
        summary: Short.
        action_items:
          - id: A1
            action: Fix it
            owner: SRE
            due: 2026-04-01
            priority: P3
            status: done
        signoff:
          facilitated_by: Dana Kim
          reviewed_by: [Noor Haddad]
          date: 2026-03-20
          approvals:
            - name: Priya Raman
              decision: approved
              date: 2026-03-18
            - name: Sam Ortiz
              decision: changes_requested
              date: 2026-03-19

        """;

    /// <summary>1-based line and column of the first occurrence of <paramref name="fragment"/>.</summary>
    private static (int Line, int Column) Pos(string yaml, string fragment)
    {
        var index = yaml.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, fragment);
        var line = yaml[..index].Count(c => c == '\n') + 1;
        return (line, index - (yaml.LastIndexOf('\n', index - 1) + 1) + 1);
    }

    private static void AssertAt(Diagnostic d, DiagnosticSeverity severity, (int Line, int Column) at, string path, string hint) =>
        Support.Yaml.AssertAt(d, severity, at.Line, at.Column, path, hint);

    [Fact]
    public void Approvals_are_loaded_in_file_order_with_pending_as_the_default()
    {
        var result = Load(Minimal + Approvals);
        Assert.Empty(result.Diagnostics);
        var approvals = result.Incident!.SignOff!.Approvals;
        Assert.Equal(new Approval { Name = "Priya Raman", Role = "VP Engineering", Decision = ApprovalDecision.Approved,
            Date = new DateOnly(2026, 3, 18), Comment = "Ship **A3** before the freeze." }, approvals[0]);
        Assert.Equal(new Approval { Name = "Sam Ortiz" }, approvals[1]);
    }

    [Fact]
    public void Layouts_see_name_role_decision_its_label_date_and_comment()
    {
        var loaded = Load(Minimal + Approvals);
        var model = TemplateModel.Build(loaded.Incident!, loaded.Figures!, hasTimelineChart: false);
        var signoff = (ScriptObject)((ScriptObject)model["incident"]!)["signoff"]!;
        var approvals = (ScriptArray)signoff["approvals"]!;
        var first = (ScriptObject)approvals[0]!;
        Assert.Equal(["Priya Raman", "VP Engineering", "approved", "Approved", new DateOnly(2026, 3, 18), "Ship **A3** before the freeze."],
            new[] { "name", "role", "decision", "decision_label", "date", "comment" }.Select(k => first[k]));
        var second = (ScriptObject)approvals[1]!;
        Assert.Equal(("pending", "Pending", null), (second["decision"], second["decision_label"], second["date"]));
    }

    [Fact]
    public void A_decided_approval_without_a_date_is_an_error_at_its_decision()
    {
        var yaml = Minimal + Approvals.Replace("      date: 2026-03-18\n", "").Replace("  - name: Sam Ortiz", "  - name: Sam Ortiz\n      decision: rejected\n      date:");
        var result = Load(yaml);
        Assert.Equal(2, result.ErrorCount);
        AssertAt(Single(result, "by 'Priya Raman' is approved but has no date"), DiagnosticSeverity.Error, Pos(yaml, "approved"),
            "signoff.approvals[0].decision", "add 'date:' with the day of the decision");
        AssertAt(Single(result, "by 'Sam Ortiz' is rejected but has no date"), DiagnosticSeverity.Error, Pos(yaml, "date:\n"),
            "signoff.approvals[1].date", "add 'date:'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("      decision: pending\n")]
    public void A_pending_approval_with_a_date_is_an_error_at_the_date(string decision)
    {
        var yaml = Minimal + Approvals.Replace("  - name: Sam Ortiz\n", "  - name: Sam Ortiz\n" + decision + "      date: 2026-03-19\n");
        var result = Load(yaml);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("the approval by 'Sam Ortiz' is pending but has a date (2026-03-19)", d.Message);
        AssertAt(d, DiagnosticSeverity.Error, Pos(yaml, "2026-03-19"), "signoff.approvals[1].date", "record the decision (decision: approved");
    }

    [Fact]
    public void The_same_approver_twice_is_an_error_at_the_second_whatever_the_case_and_spaces()
    {
        var yaml = Minimal + Approvals.Replace("  - name: Sam Ortiz", "  - name: \" priya RAMAN \"");
        var d = Single(Load(yaml), "named twice");
        Assert.Equal("'priya RAMAN' is named twice as an approver", d.Message);
        AssertAt(d, DiagnosticSeverity.Error, Pos(yaml, "\" priya"), "signoff.approvals[1].name", $"first at line {Pos(yaml, "Priya Raman").Line}");
    }

    [Fact]
    public void A_misspelt_decision_names_the_choices_and_adds_no_date_error()
    {
        var yaml = Minimal + Approvals.Replace("decision: approved", "decision: aproved");
        var d = Assert.Single(Load(yaml).Diagnostics);
        Assert.Equal("'aproved' is not a valid approval decision", d.Message);
        AssertAt(d, DiagnosticSeverity.Error, Pos(yaml, "aproved"), "signoff.approvals[0].decision",
            "did you mean 'approved'? valid choices: pending, approved, changes_requested, rejected");
    }

    [Fact]
    public void An_approval_needs_a_name_and_knows_its_keys()
    {
        var yaml = Minimal + Approvals.Replace("  - name: Sam Ortiz", "  - role: CTO\n      signed: yes");
        var result = Load(yaml);
        AssertAt(Single(result, "missing required key 'name'"), DiagnosticSeverity.Error, Pos(yaml, "role: CTO"), "signoff.approvals[1].name", "add 'name:'");
        AssertAt(Single(result, "unknown key 'signed'"), DiagnosticSeverity.Error, Pos(yaml, "signed"), "signoff.approvals[1].signed",
            "valid keys here: name, role, decision, date, comment");
    }

    [Fact]
    public void Final_refuses_an_approval_that_is_not_approved_naming_the_approver_and_the_decision()
    {
        var yaml = Minimal + ReadyButApprovals;
        var error = Assert.Single(Load(yaml).Diagnostics);
        Assert.Equal("status is final but the incident is not ready for sign-off (1 gap): " +
                     $"'Sam Ortiz' has not approved (decision: changes_requested) (line {Pos(yaml, "changes_requested").Line})", error.Message);
        Assert.Equal("status", error.Path);
    }

    [Fact]
    public void Final_refuses_pending_and_rejected_approvals_too()
    {
        var yaml = Minimal + ReadyButApprovals.Replace("      decision: changes_requested\n      date: 2026-03-19\n", "") +
                   "    - name: Noor Haddad\n      decision: rejected\n      date: 2026-03-19\n";
        var error = Assert.Single(Load(yaml).Diagnostics);
        Assert.Contains("(2 gaps): 'Sam Ortiz' has not approved (decision: pending) (line", error.Message);
        Assert.Contains("; 'Noor Haddad' has not approved (decision: rejected) (line", error.Message);
    }

    [Fact]
    public void Final_passes_once_every_approval_is_approved()
    {
        var result = Load(Minimal + ReadyButApprovals.Replace("changes_requested", "approved"));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Incident!.SignOff!.Approvals, a => Assert.Equal(ApprovalDecision.Approved, a.Decision));
    }

    [Fact]
    public void Review_warns_at_each_approval_not_yet_approved_and_a_draft_does_not()
    {
        var yaml = Minimal + ReadyButApprovals.Replace("status: final", "status: review");
        var d = Assert.Single(Load(yaml).Diagnostics);
        Assert.Equal("not ready for sign-off: 'Sam Ortiz' has not approved (decision: changes_requested)", d.Message);
        AssertAt(d, DiagnosticSeverity.Warning, Pos(yaml, "changes_requested"), "signoff.approvals[1].decision", "status: final will require this");
        Assert.Empty(Load(Minimal + ReadyButApprovals.Replace("status: final", "status: draft")).Diagnostics);
    }

    [Fact]
    public void An_approval_dated_before_the_incident_started_blocks_sign_off()
    {
        var yaml = Minimal + ReadyButApprovals.Replace("changes_requested", "approved").Replace("2026-03-18", "2026-03-13");
        var error = Assert.Single(Load(yaml).Diagnostics);
        Assert.EndsWith($"the approval by 'Priya Raman' is dated 2026-03-13, before started_at (2026-03-14T09:00:00Z) (line {Pos(yaml, "2026-03-13").Line})",
            error.Message);
        var review = Assert.Single(Load(yaml.Replace("status: final", "status: review")).Diagnostics);
        AssertAt(review, DiagnosticSeverity.Warning, Pos(yaml, "2026-03-13"), "signoff.approvals[0].date", "status: final will require this");
    }

    [Theory]
    [InlineData("2026-03-14", true)]    // 23:30 UTC on the 14th is already the 15th in Tokyo, the report's zone
    [InlineData("2026-03-15", false)]
    public void Before_started_at_compares_dates_in_the_report_zone(string date, bool blocked)
    {
        var yaml = Minimal.Replace("2026-03-14T09:00:00Z", "2026-03-14T23:30:00Z") + "timezone: Asia/Tokyo\n" +
                   ReadyButApprovals.Replace("changes_requested", "approved").Replace("2026-03-18", date)
                       .Replace("resolved_at: 2026-03-14T10:00:00Z", "resolved_at: 2026-03-15T10:00:00Z");
        var result = Load(yaml);
        Assert.Equal(blocked, result.Diagnostics.Any(d => d.Message.Contains("before started_at", StringComparison.Ordinal)));
        Assert.Equal(blocked, result.HasErrors);
    }
}
