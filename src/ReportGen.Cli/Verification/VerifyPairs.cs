using ReportGen.Core.Inputs;

namespace ReportGen.Cli.Verification;

/// <summary>A report and the incident file it should come from (null when none was found), as the user should read
/// them.</summary>
internal sealed record VerifyPair(string ReportPath, string ReportDisplay, string? IncidentPath, string? IncidentDisplay);

/// <summary>Matches a folder of reports with a folder of incidents for an audit: a report matches the incident at the
/// same relative path with the same file stem (<c>reports/payments/inc-7.pdf</c> ↔ <c>incidents/payments/inc-7.yaml</c>,
/// the layout <c>render --out</c> mirrors), or else the only incident anywhere with its stem.</summary>
internal static class VerifyPairs
{
    /// <summary>True for the files verify checks in a folder: .pdf and .docx.</summary>
    public static bool IsReport(string path) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pairs, in ordinal order of the reports' relative paths, and the incidents no report matched.</summary>
    public static (IReadOnlyList<VerifyPair> Pairs, IReadOnlyList<string> Unreported) Match(string reports, string reportsDisplay,
        string incidents, string incidentsDisplay, string currentDirectory)
    {
        var found = InputFiles.Expand([incidentsDisplay], currentDirectory).Files;
        var byPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var f in found)
            byPath.TryAdd(Key(f.RelativeDirectory, f.FullPath), f);
        var byStem = found.GroupBy(f => Path.GetFileNameWithoutExtension(f.FullPath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<VerifyPair>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var report in Directory.EnumerateFiles(reports, "*", options).Where(IsReport)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(reports, f)))
                     .Where(f => !f.Relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            var key = Key(Path.GetDirectoryName(report.Relative) ?? "", report.Full);
            var incident = byPath.GetValueOrDefault(key)
                ?? (byStem.TryGetValue(Path.GetFileNameWithoutExtension(report.Full), out var same) && same.Count == 1 ? same[0] : null);
            if (incident is not null)
                used.Add(incident.FullPath);
            pairs.Add(new VerifyPair(report.Full, Path.Join(reportsDisplay, report.Relative), incident?.FullPath, incident?.DisplayPath));
        }
        var unreported = found.Where(f => !used.Contains(f.FullPath)).Select(f => f.DisplayPath).ToList();
        return (pairs, unreported);
    }

    private static string Key(string relativeDirectory, string file) =>
        Path.Join(relativeDirectory, Path.GetFileNameWithoutExtension(file)).Replace('\\', '/');
}
