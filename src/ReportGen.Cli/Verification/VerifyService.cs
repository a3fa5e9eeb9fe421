using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Cli.Rendering;
using ReportGen.Document.FileSystem;

namespace ReportGen.Cli.Verification;

/// <summary>Runs <c>reportgen verify</c>: pairs reports with incidents (one pair, or two folders matched by file
/// stem), loads the layout and writers once, verifies each report and prints one result per report and a summary.</summary>
internal sealed class VerifyService(TextWriter stdout, TextWriter stderr)
{
    public int Run(VerifyOptions options)
    {
        var report = Path.GetFullPath(Path.Combine(options.CurrentDirectory, options.Report));
        var incident = Path.GetFullPath(Path.Combine(options.CurrentDirectory, options.Incident));
        var reportKind = RegularFile.KindOf(report);
        var incidentKind = RegularFile.KindOf(incident);
        if (reportKind == FileKind.Missing)
            return Usage($"'{options.Report}' does not exist", "give a report (.pdf or .docx) or a folder of reports");
        if (incidentKind == FileKind.Missing)
            return Usage($"'{options.Incident}' does not exist", "give the incident file the report was rendered from, or a folder of incidents");

        IReadOnlyList<VerifyPair> pairs;
        IReadOnlyList<string> unreported = [];
        if (reportKind == FileKind.Directory && incidentKind == FileKind.Directory)
            (pairs, unreported) = VerifyPairs.Match(report, options.Report, options.Incident, options.Incident, options.CurrentDirectory);
        else if (reportKind == FileKind.Directory || incidentKind == FileKind.Directory)
            return Usage("give two files (a report and its incident) or two folders (reports and incidents), not one of each",
                "reportgen verify report.pdf incident.yaml, or reportgen verify reports/ incidents/");
        else
            pairs = [new VerifyPair(report, options.Report, incident, options.Incident)];
        if (pairs.Count == 0)
            return Usage($"no .pdf or .docx reports in folder '{options.Report}'", "render them first: reportgen render INCIDENTS --out REPORTS");

        var renderOptions = new RenderOptions
        {
            Inputs = [], Formats = new[] { "pdf", "docx" }.Select(f => WriterRegistry.BuiltIn.Find(f)!).ToList(), LayoutDirectory = options.LayoutDirectory,
            ReferenceDocx = options.ReferenceDocx, FontDirectories = options.FontDirectories, LoadOptions = options.LoadOptions,
            CurrentDirectory = options.CurrentDirectory,
        };
        using var resources = RenderResources.Load(renderOptions, out var layoutDiagnostics);
        if (resources is null)
        {
            foreach (var d in layoutDiagnostics)
                stderr.WriteLine(TerminalText.Diagnostic(d));
            stderr.WriteLine("reportgen verify: error: the layout has errors, so nothing can be verified");
            return ExitCodes.UsageError;
        }
        var verifier = new ReportVerifier(resources, options);
        var results = pairs.Select(verifier.Verify).ToList();
        foreach (var result in results)
            Print(result);
        foreach (var missing in unreported)
            stdout.WriteLine($"{TerminalText.Escape(missing)}: no report for this incident in '{TerminalText.Escape(options.Report)}'");
        if (results.Count > 1 || unreported.Count > 0)
            stdout.WriteLine(Summary(results, unreported.Count));
        return results.All(r => r.Matches) ? ExitCodes.Success : ExitCodes.ReportDiffers;
    }

    private void Print(VerifyResult result)
    {
        stdout.WriteLine($"{TerminalText.Escape(result.Report)}: {TerminalText.Escape(result.Headline)}");
        foreach (var detail in result.Details)
            stdout.WriteLine("  " + TerminalText.Escape(detail));
        foreach (var diagnostic in result.Diagnostics)
            stdout.WriteLine("  " + TerminalText.Diagnostic(diagnostic).Replace("\n", "\n  ", StringComparison.Ordinal));
    }

    private static string Summary(IReadOnlyList<VerifyResult> results, int unreported)
    {
        int Count(Verdict v) => results.Count(r => r.Verdict == v);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"verified {results.Count} report{(results.Count == 1 ? "" : "s")}: {Count(Verdict.Identical)} identical, {Count(Verdict.Signed)} signed, " +
            $"{Count(Verdict.Differs)} differ, {Count(Verdict.NotVerified)} not verified");
        return unreported == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $"; {unreported} incident{(unreported == 1 ? "" : "s")} without a report");
    }

    private int Usage(string message, string hint)
    {
        stderr.WriteLine($"reportgen verify: error: {TerminalText.Escape(message)}");
        stderr.WriteLine($"hint: {hint}");
        return ExitCodes.UsageError;
    }
}
