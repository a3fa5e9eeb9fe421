using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Cli.Rendering;
using ReportGen.Core.Review;
using Spectre.Console;

namespace ReportGen.Cli.Review;

/// <summary>What a review prints: progress while it reads the inputs and writes the pack, the inputs left out, and one
/// summary line.</summary>
internal interface IReviewReporter
{
    /// <summary>Runs <paramref name="work"/> while showing progress over <paramref name="inputs"/> files; the work calls
    /// the given <see cref="ReviewProgress"/> as it goes.</summary>
    T Run<T>(int inputs, Func<ReviewProgress, T> work);

    /// <summary>A complete message about the run (missing paths, layout diagnostics, write errors).</summary>
    void Problem(string message);

    /// <summary>The files left out and the summary line.</summary>
    void Summary(ReviewSummary summary);
}

/// <summary>Callbacks a running review reports through (thread-safe).</summary>
/// <param name="InputRead">One input was read.</param>
/// <param name="Phase">The review moved on to a new step ("Writing the review").</param>
internal sealed record ReviewProgress(Action InputRead, Action<string> Phase);

/// <summary>What a finished review reports.</summary>
internal sealed record ReviewSummary(Portfolio Portfolio, FileOutcome? Outcome, TimeSpan Elapsed)
{
    /// <summary>"review: 21 incidents from … -> out/review.pdf, … (14 pages), elapsed 1.20 s".</summary>
    public string Line(bool written)
    {
        var p = Portfolio;
        var period = p.Period is { } r ? $" from {Date(r.From)} to {Date(r.To)}, as of {Date(r.AsOf)}" : "";
        var notes = new List<string>();
        if (p.OutsidePeriod > 0) notes.Add($"{p.OutsidePeriod} outside the period");
        if (p.Excluded.Count > 0) notes.Add($"{p.Excluded.Count} not included");
        var tail = notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "";
        var outputs = written && Outcome is { Succeeded: true } o
            ? $" -> {PlainReporter.Describe(o, false)[(o.DisplayPath.Length + 4)..]}"
            : ", nothing written";
        return $"review: {PlainReporter.Plural(p.Incidents.Count, "incident")}{period}{tail}{outputs}, elapsed " +
               $"{Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Plain lines for logs, pipes and CI: the files left out (in input order) and their first error on standard
/// error, then the summary line.</summary>
internal sealed class PlainReviewReporter(TextWriter stdout, TextWriter stderr, bool quiet) : IReviewReporter
{
    private readonly object _gate = new();

    public T Run<T>(int inputs, Func<ReviewProgress, T> work) => work(new ReviewProgress(() => { }, _ => { }));

    public void Problem(string message)
    {
        lock (_gate) stderr.WriteLine(TerminalText.EscapeLines(message));
    }

    public void Summary(ReviewSummary summary)
    {
        lock (_gate)
        {
            foreach (var e in summary.Portfolio.Excluded)
                stderr.WriteLine($"not included: {ReviewReporting.Headline(e)}");
            if (summary.Outcome is { } o)
                foreach (var d in o.Diagnostics.Where(d => d.IsError || !quiet))
                    stderr.WriteLine(TerminalText.Diagnostic(d));
            stdout.WriteLine(TerminalText.Escape(summary.Line(summary.Outcome?.Succeeded == true)));
        }
    }
}

/// <summary>A live progress bar on an interactive terminal (files read, then the writing step); the rest is printed
/// after it so the display never tears.</summary>
internal sealed class ProgressReviewReporter(IAnsiConsole console, bool quiet) : IReviewReporter
{
    public T Run<T>(int inputs, Func<ReviewProgress, T> work)
    {
        T result = default!;
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"Reading {inputs} incident files", maxValue: Math.Max(inputs, 1));
                result = work(new ReviewProgress(() => task.Increment(1), phase => task.Description = Markup.Escape(phase)));
            });
        return result;
    }

    public void Problem(string message) => console.WriteLine(TerminalText.EscapeLines(message), new Style(Color.Red));

    public void Summary(ReviewSummary summary)
    {
        foreach (var e in summary.Portfolio.Excluded)
            console.WriteLine($"not included: {ReviewReporting.Headline(e)}", new Style(Color.Yellow));
        if (summary.Outcome is { } o)
            foreach (var d in o.Diagnostics.Where(d => d.IsError || !quiet))
                console.WriteLine(TerminalText.Diagnostic(d), new Style(d.IsError ? Color.Red : Color.Yellow));
        var ok = summary.Outcome?.Succeeded == true;
        console.WriteLine(TerminalText.Escape(summary.Line(ok)), new Style(ok ? Color.Green : Color.Red));
    }
}

/// <summary>Shared wording.</summary>
internal static class ReviewReporting
{
    /// <summary><c>file:line:col: error: message</c> for a file left out, safe to print.</summary>
    public static string Headline(ExcludedInput e) => TerminalText.Escape(RawHeadline(e));

    private static string RawHeadline(ExcludedInput e)
    {
        var where = e.Line > 0 ? $"{e.DisplayPath}:{e.Line}:{Math.Max(e.Column, 1)}" : e.DisplayPath;
        var more = e.ErrorCount > 1 ? $" (and {e.ErrorCount - 1} more; run 'reportgen validate' on it)" : "";
        return $"{where}: error: {e.Message}{more}";
    }
}
