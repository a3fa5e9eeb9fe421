using ReportGen.Cli.Tests.Commands;

namespace ReportGen.Cli.Tests.Verify;

/// <summary>The sign-off workflow end to end with real clients: render, sign a field with poppler's pdfsig using a
/// certificate from an NSS database, check with pdfsig, then <c>reportgen verify</c> the signed file; a tampered copy
/// must fail.</summary>
public sealed class SignedPdfVerifyTests
{
    private const string Field = "signoff.facilitated_by";

    [Fact]
    public void A_report_signed_with_pdfsig_verifies_as_the_same_report_plus_one_signature_and_one_flipped_byte_fails()
    {
        using var scratch = new Scratch();
        using var signer = new NssSigner("Dana Kim");
        var incident = Path.Combine(CliRunner.RepoRoot, "examples", "checkout-outage.yaml");
        var rendered = CliRunner.Run(scratch.Path, "render", incident, "--out", "out", "--format", "pdf");
        Assert.True(rendered.ExitCode == 0, rendered.Err + rendered.Out);
        var original = Path.Combine(scratch.Path, "out", "checkout-outage.pdf");
        var signed = Path.Combine(scratch.Path, "signed.pdf");

        Assert.Contains("Signature Field Name: " + Field, NssSigner.Run("pdfsig", original).Output);
        signer.Sign(original, signed, Field);
        var check = signer.Check(signed);
        Assert.Contains("Signature Field Name: " + Field, check);
        Assert.Contains("Signature Validation: Signature is Valid.", check);
        Assert.Contains("Total document signed", check);
        var originalBytes = File.ReadAllBytes(original);
        var signedBytes = File.ReadAllBytes(signed);
        Assert.True(signedBytes.AsSpan().StartsWith(originalBytes), "pdfsig appended an incremental update: the original is a prefix");

        var verified = CliRunner.Run(scratch.Path, "verify", "signed.pdf", incident);
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
        Assert.Contains("signed.pdf: identical original plus 1 signature appended afterwards", verified.Out);
        Assert.Matches(@"signoff\.facilitated_by: signed by Dana Kim at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d", verified.Out);
        Assert.Contains("reason: Approved", verified.Out);

        // One byte of the original part changed (a digit in the page content): no longer the report the incident renders.
        var tampered = (byte[])signedBytes.Clone();
        tampered[originalBytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(Path.Combine(scratch.Path, "tampered.pdf"), tampered);
        var refused = CliRunner.Run(scratch.Path, "verify", "tampered.pdf", incident);
        Assert.Equal(ExitCodes.ReportDiffers, refused.ExitCode);
        Assert.Contains("tampered.pdf: differs from what", refused.Out);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first difference at byte {originalBytes.Length / 2:N0}"), refused.Out);
    }

    [Fact]
    public void Signing_never_changes_the_rendered_bytes_and_rendering_twice_gives_the_same_file()
    {
        using var scratch = new Scratch();
        var incident = Path.Combine(CliRunner.RepoRoot, "examples", "checkout-outage.yaml");
        Assert.Equal(0, CliRunner.Run(scratch.Path, "render", incident, "--out", "a", "--format", "pdf").ExitCode);
        Assert.Equal(0, CliRunner.Run(scratch.Path, "render", incident, "--out", "b", "--format", "pdf").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(scratch.Path, "a", "checkout-outage.pdf")),
            File.ReadAllBytes(Path.Combine(scratch.Path, "b", "checkout-outage.pdf")));
    }
}
