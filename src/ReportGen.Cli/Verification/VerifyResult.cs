using ReportGen.Document.Diagnostics;

namespace ReportGen.Cli.Verification;

/// <summary>What verify concluded about one report.</summary>
internal enum Verdict
{
    /// <summary>Byte for byte what the incident renders.</summary>
    Identical,
    /// <summary>The rendered bytes, followed only by signatures of its signature fields.</summary>
    Signed,
    /// <summary>Not what the incident renders (or something other than signatures was appended).</summary>
    Differs,
    /// <summary>Could not be compared: no incident for it, the incident has errors, the file is not a report.</summary>
    NotVerified,
}

/// <summary>The outcome for one report: the verdict, a one-line headline, detail lines (signatures, what differs)
/// and any diagnostics about the incident file.</summary>
internal sealed record VerifyResult(string Report, string? Incident, Verdict Verdict, string Headline,
    IReadOnlyList<string> Details, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the report is what the incident renders (signed or not).</summary>
    public bool Matches => Verdict is Verdict.Identical or Verdict.Signed;

    public static VerifyResult NotVerified(string report, string? incident, string headline, IReadOnlyList<Diagnostic>? diagnostics = null,
        params string[] details) => new(report, incident, Verdict.NotVerified, headline, details, diagnostics ?? []);
}
