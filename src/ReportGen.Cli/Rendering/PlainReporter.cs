using System.Globalization;
using ReportGen.Cli.Output;

namespace ReportGen.Cli.Rendering;

/// <summary>One line per file, for logs, pipes and CI: <c>ok</c> with where the outputs went, or <c>FAIL</c> with the
/// diagnostics. Lines from parallel workers never interleave and come in input order, so two runs of the same batch
/// print the same lines in the same order (a file still rendering holds back the lines of the files after it).</summary>
internal sealed class PlainReporter(TextWriter stdout, TextWriter stderr, RenderOptions options) : IRenderReporter
{
    private readonly object _gate = new();
    private readonly InputOrderBuffer<FileOutcome> _finished = new();

    /// <inheritdoc/>
    public void Run(int total, Action work)
    {
        work();
        // After an interrupt, files that finished behind one that never did are still reported.
        lock (_gate)
            foreach (var outcome in _finished.Drain())
                Print(outcome);
    }

    /// <inheritdoc/>
    public void FileStarted(string displayPath)
    {
        if (options.Verbose)
            lock (_gate) stdout.WriteLine($"start {TerminalText.Escape(displayPath)}");
    }

    /// <inheritdoc/>
    public void FileFinished(int index, FileOutcome outcome)
    {
        lock (_gate)
            foreach (var ready in _finished.Add(index, outcome))
                Print(ready);
    }

    /// <summary>The file's line and its diagnostics; called under the lock.</summary>
    private void Print(FileOutcome outcome)
    {
        if (outcome.Succeeded && !options.Quiet)
            stdout.WriteLine($"ok    {TerminalText.Escape(Describe(outcome, options.Verbose))}");
        else if (!outcome.Succeeded)
            stdout.WriteLine($"FAIL  {TerminalText.Escape(outcome.DisplayPath)}");
        foreach (var diagnostic in outcome.Diagnostics)
            if (diagnostic.IsError || !options.Quiet || !outcome.Succeeded)
                stderr.WriteLine(TerminalText.Diagnostic(diagnostic));
    }

    /// <inheritdoc/>
    public void Problem(string message)
    {
        lock (_gate) stderr.WriteLine(TerminalText.EscapeLines(message));
    }

    /// <inheritdoc/>
    public void Summary(RunSummary summary)
    {
        lock (_gate)
        {
            stdout.WriteLine(SummaryLine(summary));
            var failures = summary.Failures;
            if (failures.Count == 0)
                return;
            stdout.WriteLine("failures:");
            foreach (var f in failures)
                stdout.WriteLine($"  {(f.FirstProblem is { } first ? TerminalText.Headline(first) : TerminalText.Escape(f.DisplayPath))}"); // the headline starts with the file
        }
    }

    /// <summary>"path -> out.pdf, out.docx (5 pages, 1 warning)".</summary>
    internal static string Describe(FileOutcome outcome, bool withTime)
    {
        var details = new List<string>();
        if (outcome.Pages > 0) details.Add(Plural(outcome.Pages, "page"));
        if (outcome.WarningCount > 0) details.Add(Plural(outcome.WarningCount, "warning"));
        if (withTime) details.Add($"{outcome.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        var tail = details.Count > 0 ? $" ({string.Join(", ", details)})" : "";
        return $"{outcome.DisplayPath} -> {string.Join(", ", outcome.Written.Select(Relative))}{tail}";
    }

    /// <summary>The one-line summary.</summary>
    internal static string SummaryLine(RunSummary s) =>
        $"rendered {s.Rendered}, failed {s.Failed}, warnings {s.Warnings}, pages {s.Pages}, elapsed " +
        $"{s.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";

    internal static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
