using ReportGen.Testing;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Cli.Tests.Verify;

/// <summary>The sign-off workflow end to end with real clients: render, sign a field with poppler's pdfsig using a
/// certificate from an NSS database, check with pdfsig, then <c>reportgen verify</c> the signed file; a tampered copy
/// must fail.</summary>
public sealed class SignedPdfVerifyTests
{
    private const string Field = "signoff.approvals[1]";

    /// <summary>The issue's "done when": a final incident with three approvals renders with a field per approver and
    /// for the facilitator; pdfsig signs one; verify (one file, and a reports folder against an incidents folder) says
    /// it is the same report with one signature appended, naming the field and the signing time; one flipped byte in
    /// the original part makes verify exit 1.</summary>
    [Fact]
    public void A_final_incident_with_three_approvals_signed_with_pdfsig_verifies_and_one_flipped_byte_fails()
    {
        using var scratch = new TempFolder();
        using var signer = new NssSigner("Luis Ortega");
        Directory.CreateDirectory(Path.Combine(scratch.Path, "incidents"));
        var incident = Path.Combine(scratch.Path, "incidents", "checkout-outage.yaml");
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml"), incident);
        Directory.CreateDirectory(Path.Combine(scratch.Path, "incidents", "figures"));
        foreach (var figure in Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples", "figures")))
            File.Copy(figure, Path.Combine(scratch.Path, "incidents", "figures", Path.GetFileName(figure)));
        var loaded = IncidentLoader.Load(incident).Incident!;
        Assert.Equal(IncidentStatus.Final, loaded.Status);
        Assert.Equal(3, loaded.SignOff!.Approvals.Count(a => a.Decision == ApprovalDecision.Approved));

        var rendered = CliRunner.RunIn(scratch.Path, "render", "incidents", "--out", "reports", "--format", "pdf,docx");
        Assert.True(rendered.ExitCode == 0, rendered.Err + rendered.Out);
        var original = Path.Combine(scratch.Path, "reports", "checkout-outage.pdf");
        var fields = NssSigner.Run("pdfsig", original).Output;
        foreach (var name in new[] { "signoff.facilitated_by", "signoff.approvals[0]", "signoff.approvals[1]", "signoff.approvals[2]" })
            Assert.Contains("Signature Field Name: " + name, fields);

        var signed = Path.Combine(scratch.Path, "signed.pdf");
        signer.Sign(original, signed, Field);
        var check = signer.Check(signed);
        Assert.Contains("Signature Field Name: " + Field, check);
        Assert.Contains("Signature Validation: Signature is Valid.", check);
        Assert.Contains("Total document signed", check);
        var originalBytes = File.ReadAllBytes(original);
        var signedBytes = File.ReadAllBytes(signed);
        Assert.True(signedBytes.AsSpan().StartsWith(originalBytes), "pdfsig appended an incremental update: the original is a prefix");

        var verified = CliRunner.RunIn(scratch.Path, "verify", "signed.pdf", "incidents/checkout-outage.yaml");
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
        Assert.Contains("signed.pdf: identical original plus 1 signature appended afterwards", verified.Out);
        Assert.Matches(@"signoff\.approvals\[1\]: signed by Luis Ortega at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d", verified.Out);
        Assert.Contains("reason: Approved", verified.Out);

        // The signed file in place of the rendered one: the folder audit matches it to its incident by stem.
        File.Copy(signed, original, overwrite: true);
        var audit = CliRunner.RunIn(scratch.Path, "verify", "reports", "incidents");
        Assert.True(audit.ExitCode == 0, audit.Out + audit.Err);
        Assert.Contains("reports/checkout-outage.pdf: identical original plus 1 signature appended afterwards", audit.Out);
        Assert.Contains("reports/checkout-outage.docx: identical", audit.Out);
        Assert.Contains("verified 2 reports: 1 identical, 1 signed, 0 differ, 0 not verified", audit.Out);

        // One byte of the original part changed (a digit in the page content): no longer the report the incident renders.
        var tampered = (byte[])signedBytes.Clone();
        tampered[originalBytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(Path.Combine(scratch.Path, "tampered.pdf"), tampered);
        var refused = CliRunner.RunIn(scratch.Path, "verify", "tampered.pdf", "incidents/checkout-outage.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, refused.ExitCode);
        Assert.Contains("tampered.pdf: differs from what", refused.Out);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first difference at byte {originalBytes.Length / 2:N0}"), refused.Out);
        File.WriteAllBytes(original, tampered);
        Assert.Equal(ExitCodes.ReportDiffers, CliRunner.RunIn(scratch.Path, "verify", "reports", "incidents").ExitCode);
    }

    [Fact]
    public void Signing_never_changes_the_rendered_bytes_and_rendering_twice_gives_the_same_file()
    {
        using var scratch = new TempFolder();
        var incident = Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml");
        Assert.Equal(0, CliRunner.RunIn(scratch.Path, "render", incident, "--out", "a", "--format", "pdf").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(scratch.Path, "render", incident, "--out", "b", "--format", "pdf").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(scratch.Path, "a", "checkout-outage.pdf")),
            File.ReadAllBytes(Path.Combine(scratch.Path, "b", "checkout-outage.pdf")));
    }
}
