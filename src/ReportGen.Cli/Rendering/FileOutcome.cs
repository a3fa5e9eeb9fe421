using ReportGen.Document.Diagnostics;

namespace ReportGen.Cli.Rendering;

/// <summary>What happened to one input: the files written (empty when it failed), the diagnostics, pages and time.</summary>
internal sealed record FileOutcome(
    string DisplayPath,
    bool Succeeded,
    IReadOnlyList<string> Written,
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    TimeSpan Elapsed)
{
    /// <summary>Warnings among the diagnostics.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>The diagnostic to show in the failure list: the first error, else the first warning (under --strict).</summary>
    public Diagnostic? FirstProblem => Diagnostics.FirstOrDefault(d => d.IsError) ?? Diagnostics.FirstOrDefault();
}
