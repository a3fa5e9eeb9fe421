using ReportGen.Core.Model;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The built-in layout's sign-off section with <c>signoff.approvals</c>: every approver with role, decision
/// in its tone, date, comment and a signature field named by the approver's YAML path; the facilitator's field; a
/// reviewer who also approves listed once; decision tones readable (text on fill at least 4.5:1, WCAG AA).</summary>
public class SignOffApprovalsTests
{
    private static Incident WithApprovals() => TestIncidents.Full() with
    {
        SignOff = TestIncidents.Full().SignOff! with
        {
            Approvals =
            [
                new Approval { Name = "Priya Raman", Role = "VP Engineering", Decision = ApprovalDecision.Approved, Date = new DateOnly(2026, 3, 18), Comment = "Ship **A3** first." },
                new Approval { Name = "Luis Ortega", Role = "Director, Payments", Decision = ApprovalDecision.ChangesRequested, Date = new DateOnly(2026, 3, 19) },
                new Approval { Name = "Mei Chen", Decision = ApprovalDecision.Rejected, Date = new DateOnly(2026, 3, 19) },
                new Approval { Name = "Ana Lopes", Role = "Security" },
            ],
        },
    };

    [Fact]
    public void Each_approver_has_role_decision_in_its_tone_date_comment_and_a_field_named_by_its_path()
    {
        var signOff = Assert.Single(LayoutTestKit.Build(WithApprovals()).Document!.Blocks.OfType<SignOffBlock>());
        Assert.Equal([SignOffField.Name, SignOffField.Role, SignOffField.Decision, SignOffField.Signature, SignOffField.Date, SignOffField.Comment],
            signOff.Columns.Select(c => c.Field));
        var rows = signOff.Entries.Select(e => (e.Name, e.Role, e.Decision, e.DecisionTone, e.SignatureField, e.Date, Inlines.PlainText(e.Comment)));
        Assert.Equal(
        [
            ("Dana Kim", "Facilitator", null, null, "signoff.facilitated_by", "2026-03-18", ""),
            ("Sam Ortiz", "Reviewer", null, null, null, "2026-03-18", ""), // Priya Raman reviews and approves: listed once, below
            ("Priya Raman", "VP Engineering", "Approved", "decision-approved", "signoff.approvals[0]", "2026-03-18", "Ship A3 first."),
            ("Luis Ortega", "Director, Payments", "Changes requested", "decision-changes_requested", "signoff.approvals[1]", "2026-03-19", ""),
            ("Mei Chen", "", "Rejected", "decision-rejected", "signoff.approvals[2]", "2026-03-19", ""),
            ("Ana Lopes", "Security", "Pending", "decision-pending", "signoff.approvals[3]", null, ""),
        ], rows);
        Assert.Contains(signOff.Entries[2].Comment, i => i is StrongInline); // the comment keeps its Markdown
    }

    [Fact]
    public void Without_approvals_there_is_no_decision_or_comment_column()
    {
        var signOff = Assert.Single(LayoutTestKit.Build(TestIncidents.Full()).Document!.Blocks.OfType<SignOffBlock>());
        Assert.Equal([SignOffField.Name, SignOffField.Role, SignOffField.Signature, SignOffField.Date], signOff.Columns.Select(c => c.Field));
        Assert.All(signOff.Entries, e => Assert.Null(e.Decision));
    }

    [Fact]
    public void Approvals_alone_make_a_sign_off_section()
    {
        var incident = TestIncidents.Full() with { SignOff = new SignOff { Approvals = [new Approval { Name = "Priya Raman" }] } };
        var signOff = Assert.Single(LayoutTestKit.Build(incident).Document!.Blocks.OfType<SignOffBlock>());
        Assert.Equal(("Priya Raman", "Pending", "signoff.approvals[0]"), (signOff.Entries.Single().Name, signOff.Entries.Single().Decision,
            signOff.Entries.Single().SignatureField));
    }

    public static TheoryData<string> DecisionTones => new() { "decision-approved", "decision-changes_requested", "decision-rejected", "decision-pending" };

    [Theory]
    [MemberData(nameof(DecisionTones))]
    public void Decision_tones_are_readable_in_the_built_in_theme_and_the_layouts_theme(string tone)
    {
        foreach (var theme in new[] { new Theme(), LayoutTestKit.Default.Theme })
        {
            var colours = theme.Tones[tone];
            var ratio = Contrast(colours.Text, colours.Fill);
            Assert.True(ratio >= 4.5, $"{tone}: text {colours.Text} on {colours.Fill} has contrast {ratio:F2}, below 4.5:1");
        }
        Assert.Equal(new Theme().Tones[tone], LayoutTestKit.Default.Theme.Tones[tone]); // theme.yaml states what the built-in theme has
    }

    /// <summary>WCAG 2 contrast ratio of two sRGB colours.</summary>
    private static double Contrast(RgbColor a, RgbColor b)
    {
        static double Channel(byte c) => c / 255.0 is var s && s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        static double Luminance(RgbColor c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
