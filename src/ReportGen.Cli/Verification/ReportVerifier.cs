using System.Globalization;
using ReportGen.Cli.Rendering;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Document;
using ReportGen.Document.FileSystem;
using ReportGen.Pdf;

namespace ReportGen.Cli.Verification;

/// <summary>Verifies one report: renders its incident in memory with the run's layout and writers, and compares.
/// Never throws for bad input; every outcome is a <see cref="VerifyResult"/>.</summary>
internal sealed class ReportVerifier(RenderResources resources, VerifyOptions options)
{
    /// <summary>Largest report read (a PDF or .docx of a postmortem is a few megabytes at most).</summary>
    internal const long MaxReportBytes = 1L << 30;

    public VerifyResult Verify(VerifyPair pair)
    {
        var report = pair.ReportDisplay;
        if (pair.IncidentPath is null)
            return VerifyResult.NotVerified(report, null, "not verified: no incident file with the same name was found",
                details: "hint: name the report after its incident file (render does), or verify it on its own: reportgen verify REPORT INCIDENT.yaml");
        var read = RegularFile.Read(pair.ReportPath, MaxReportBytes);
        if (read.Status != FileReadStatus.Read || read.Bytes is null)
            return VerifyResult.NotVerified(report, pair.IncidentDisplay, "not verified: " + ReadProblem(read));
        var bytes = read.Bytes;
        var kind = ReportKind(pair.ReportPath, bytes);
        if (kind is null)
            return VerifyResult.NotVerified(report, pair.IncidentDisplay, "not verified: not a PDF or .docx report",
                details: "hint: verify checks the .pdf and .docx files render writes");

        var loaded = IncidentLoader.Load(pair.IncidentPath, pair.IncidentDisplay!, options.LoadOptions);
        if (loaded.HasErrors)
            return VerifyResult.NotVerified(report, pair.IncidentDisplay,
                $"not verified: {pair.IncidentDisplay} has errors, so it renders no report", loaded.Diagnostics.Where(d => d.IsError).ToList());
        var built = resources.Builder.Build(loaded);
        if (built.Document is null)
            return VerifyResult.NotVerified(report, pair.IncidentDisplay, $"not verified: {pair.IncidentDisplay} could not be rendered",
                built.Diagnostics.Where(d => d.IsError).ToList());

        byte[] expected;
        try
        {
            using var stream = new MemoryStream();
            resources.Writer(kind).Write(built.Document, stream);
            expected = stream.ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = FileRenderer.WriteFailure(WriterRegistry.BuiltIn.Find(kind)!, ex, pair.IncidentDisplay!);
            return VerifyResult.NotVerified(report, pair.IncidentDisplay, "not verified: " + failure.Message, [failure]);
        }
        return kind == "pdf"
            ? ComparePdf(pair, bytes, expected, built.Document.Settings.Source)
            : CompareDocx(pair, bytes, expected, built.Document.Settings.Source);
    }

    private static VerifyResult ComparePdf(VerifyPair pair, byte[] actual, byte[] expected, SourceFingerprint? source)
    {
        var incident = pair.IncidentDisplay!;
        if (actual.AsSpan().SequenceEqual(expected))
            return new VerifyResult(pair.ReportDisplay, incident, Verdict.Identical, $"identical: exactly what {incident} renders", [], []);
        if (actual.Length > expected.Length && actual.AsSpan().StartsWith(expected))
        {
            var appended = PdfReportInspection.CheckAppended(actual, expected.Length);
            if (appended.OnlySignatures)
                return new VerifyResult(pair.ReportDisplay, incident, Verdict.Signed,
                    $"identical original plus {Count(appended.Signatures.Count, "signature")} appended afterwards ({incident} renders the original)",
                    [.. appended.Signatures.Select(Describe), .. appended.Notes], []);
            return new VerifyResult(pair.ReportDisplay, incident, Verdict.Differs,
                $"differs: the original {incident} renders is intact, but what was appended after it is not only signatures",
                [.. appended.Problems, .. appended.Notes], []);
        }
        var recorded = PdfReportInspection.ReadFingerprint(actual);
        var where = PdfReportInspection.DescribeFirstDifference(expected, actual);
        var detail = where is null ? "the file is a truncated copy of the rendered report" : $"first difference at {where}";
        if (where is not null && actual.Length > expected.Length)
            detail += string.Create(CultureInfo.InvariantCulture,
                $" (the file also has {actual.Length - expected.Length:N0} more bytes, as a signed copy would, but its original part was changed)");
        return Differs(pair, recorded, source, detail);
    }

    private static VerifyResult CompareDocx(VerifyPair pair, byte[] actual, byte[] expected, SourceFingerprint? source)
    {
        var incident = pair.IncidentDisplay!;
        if (actual.AsSpan().SequenceEqual(expected))
            return new VerifyResult(pair.ReportDisplay, incident, Verdict.Identical, $"identical: exactly what {incident} renders", [], []);
        var parts = Docx.DocxReportInspection.Compare(expected, actual);
        var detail = parts switch
        {
            null => "the file is not a readable .docx package",
            { None: true } => "every part has the content rendered, but the package was re-zipped (other compression or order)",
            _ => string.Join("; ", new[]
                {
                    parts.Changed.Count > 0 ? "changed: " + string.Join(", ", parts.Changed) : null,
                    parts.Added.Count > 0 ? "added: " + string.Join(", ", parts.Added) : null,
                    parts.Removed.Count > 0 ? "missing: " + string.Join(", ", parts.Removed) : null,
                }.OfType<string>()),
        };
        return Differs(pair, Docx.DocxReportInspection.ReadFingerprint(actual), source, detail);
    }

    /// <summary>Says how the report differs: another incident file, another layout, another version (read from the
    /// report's own metadata), or the same inputs and other bytes (then <paramref name="bytesDetail"/> says where).</summary>
    private static VerifyResult Differs(VerifyPair pair, SourceFingerprint? recorded, SourceFingerprint? expected, string bytesDetail)
    {
        var incident = pair.IncidentDisplay!;
        var details = new List<string>();
        string reason;
        if (recorded is null || expected is null)
        {
            reason = "the report records no source fingerprint";
            details.Add("it was not rendered by ReportGen from an incident file, or another program rewrote its metadata");
            details.Add(bytesDetail);
        }
        else if (recorded.SourceSha256 != expected.SourceSha256)
        {
            reason = "rendered from a different incident file";
            details.Add($"the report was rendered from an incident file with SHA-256 {recorded.SourceSha256}");
            details.Add($"{incident} has SHA-256 {expected.SourceSha256}");
            details.Add("hint: the incident file changed since the report was rendered, or the report belongs to another incident");
        }
        else if (recorded.LayoutSha256 != expected.LayoutSha256)
        {
            reason = "rendered with a different layout";
            details.Add($"the report was rendered with a layout with SHA-256 {recorded.LayoutSha256}");
            details.Add($"this run's layout has SHA-256 {expected.LayoutSha256}");
            details.Add("hint: pass the layout folder it was rendered with: --layout DIR");
        }
        else if (recorded.Version != expected.Version)
        {
            reason = $"rendered by ReportGen {recorded.Version}, this is {expected.Version}";
            details.Add($"hint: verify with ReportGen {recorded.Version}; the incident file and layout are the ones it was rendered from");
        }
        else
        {
            reason = "same incident file, layout and version, but different bytes";
            details.Add(bytesDetail);
            details.Add("the file was changed after rendering, or rendered with other options (--reference-docx, --font-dir, " +
                        "SOURCE_DATE_EPOCH) or with other fonts installed");
        }
        return new VerifyResult(pair.ReportDisplay, incident, Verdict.Differs, $"differs from what {incident} renders: {reason}", details, []);
    }

    private static string Describe(AppendedSignature s)
    {
        var text = $"{s.Field}: signed";
        if (s.Signer is { Length: > 0 } signer)
            text += $" by {signer}";
        if (s.SigningTime is { } time)
            text += " at " + time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) + " (the signer's clock)";
        if (s.Reason is { Length: > 0 } reason)
            text += $", reason: {reason}";
        return s.CoversWholeFile ? text : text + "; later updates follow it";
    }

    /// <summary>"pdf", "docx", or null: by extension, or by the first bytes when the name says neither.</summary>
    private static string? ReportKind(string path, byte[] bytes)
    {
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("%PDF-"u8))
            return "pdf";
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
            return "docx";
        return null;
    }

    private static string ReadProblem(FileReadResult read) => read.Status switch
    {
        FileReadStatus.Missing => "no such file",
        FileReadStatus.NotRegular => $"it is {read.Kind.Describe()}, not a regular file",
        FileReadStatus.TooLarge => string.Create(CultureInfo.InvariantCulture, $"it is over {MaxReportBytes / (1024 * 1024 * 1024)} GiB"),
        _ => "cannot be read: " + read.Error,
    };

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
