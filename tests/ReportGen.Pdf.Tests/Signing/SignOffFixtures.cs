using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Signing;

/// <summary>Documents with a sign-off table whose signers have signature fields.</summary>
internal static class SignOffFixtures
{
    public static SignOffEntry Signer(string name, string role, string? field, string? date = null) =>
        new(name, role, date) { SignatureField = field };

    public static readonly IReadOnlyList<SignOffEntry> Signers =
    [
        Signer("Dana Kim", "Facilitator", "signoff.facilitated_by", "2026-03-18"),
        Signer("Priya Raman", "VP Engineering", "signoff.approvals[0]", "2026-03-18"),
        Signer("Sam Ortiz", "Reviewer", null, "2026-03-18"),
        Signer("Luis Ortega", "Director, Payments", "signoff.approvals[1]"),
    ];

    /// <summary>A page of prose, then the sign-off table.</summary>
    public static ReportDocument WithSignOff(IReadOnlyList<SignOffEntry>? signers = null, int paragraphs = 3) => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks =
        [
            Md.H(1, "Summary"),
            .. Enumerable.Range(0, paragraphs).Select(i => (Block)Md.Filler(6, i)),
            Md.H(1, "Sign-off"),
            new SignOffBlock(signers ?? Signers),
        ],
    };
}
