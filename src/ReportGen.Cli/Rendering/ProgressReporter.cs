using System.Collections.Concurrent;
using ReportGen.Cli.Output;
using Spectre.Console;

namespace ReportGen.Cli.Rendering;

/// <summary>A live progress bar (files done/total and the current file) for an interactive terminal. Diagnostics are
/// held back while the bar is live and printed after it, so the display never tears.</summary>
internal sealed class ProgressReporter(IAnsiConsole console, RenderOptions options) : IRenderReporter
{
    private readonly ConcurrentQueue<(int Index, FileOutcome Outcome)> _finished = new();
    private ProgressTask? _task;
    private int _done;
    private int _total;

    /// <inheritdoc/>
    public void Run(int total, Action work)
    {
        _total = total;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                _task = ctx.AddTask(Describe(""), maxValue: Math.Max(total, 1));
                work();
            });
        foreach (var (_, outcome) in _finished.OrderBy(f => f.Index))
            Print(outcome);
    }

    /// <inheritdoc/>
    public void FileStarted(string displayPath)
    {
        if (_task is not null) _task.Description = Describe(displayPath);
    }

    /// <inheritdoc/>
    public void FileFinished(int index, FileOutcome outcome)
    {
        Interlocked.Increment(ref _done);
        _task?.Increment(1);
        // Only what will be printed is kept: successes without warnings need no line unless asked.
        if (!outcome.Succeeded || outcome.WarningCount > 0 || _total == 1 || options.Verbose)
            _finished.Enqueue((index, outcome));
    }

    /// <inheritdoc/>
    public void Problem(string message) => console.WriteLine(TerminalText.EscapeLines(message), new Style(Color.Red));

    /// <inheritdoc/>
    public void Summary(RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Rendered", "Failed", "Warnings", "Pages", "Elapsed");
        table.AddRow(summary.Rendered.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Failed > 0 ? $"[red]{summary.Failed}[/]" : "0",
            summary.Warnings > 0 ? $"[yellow]{summary.Warnings}[/]" : "0", summary.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.Elapsed.TotalSeconds.ToString("0.00 s", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var f in summary.Failures)
            console.MarkupLineInterpolated($"[red]✗[/] {(f.FirstProblem is { } first ? TerminalText.Headline(first) : TerminalText.Escape(f.DisplayPath))}");
    }

    private string Describe(string current) => $"Rendering {Volatile.Read(ref _done)}/{_total} {Markup.Escape(TerminalText.Escape(current))}";

    private void Print(FileOutcome outcome)
    {
        if (outcome.Succeeded)
            console.MarkupLineInterpolated($"[green]✓[/] {TerminalText.Escape(PlainReporter.Describe(outcome, options.Verbose))}");
        else
            console.MarkupLineInterpolated($"[red]✗[/] {TerminalText.Escape(outcome.DisplayPath)}");
        foreach (var d in outcome.Diagnostics)
            if (d.IsError || !options.Quiet || !outcome.Succeeded)
                console.WriteLine(TerminalText.Diagnostic(d), new Style(d.IsError ? Color.Red : Color.Yellow));
    }
}
