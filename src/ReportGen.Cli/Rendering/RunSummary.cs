using ReportGen.Document.Diagnostics;

namespace ReportGen.Cli.Rendering;

/// <summary>A failed input and the one diagnostic that explains it best.</summary>
internal sealed record FailureLine(string DisplayPath, Diagnostic? FirstProblem);

/// <summary>Totals of one run, gathered as files finish (thread-safe), so memory does not grow with the batch beyond
/// one line per failure.</summary>
internal sealed class RunSummary
{
    private readonly object _gate = new();
    private readonly List<FailureLine> _failures = [];

    /// <summary>Inputs rendered completely.</summary>
    public int Rendered { get; private set; }
    /// <summary>Inputs that produced nothing.</summary>
    public int Failed { get; private set; }
    /// <summary>Warnings over all inputs.</summary>
    public int Warnings { get; private set; }
    /// <summary>PDF pages written.</summary>
    public int Pages { get; private set; }
    /// <summary>Wall time of the run.</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Failures in the order they finished; sorted by path when read.</summary>
    public IReadOnlyList<FailureLine> Failures
    {
        get { lock (_gate) return _failures.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList(); }
    }

    /// <summary>Adds one finished input.</summary>
    public void Add(FileOutcome outcome)
    {
        lock (_gate)
        {
            Warnings += outcome.WarningCount;
            if (outcome.Succeeded)
            {
                Rendered++;
                Pages += outcome.Pages;
            }
            else
            {
                Failed++;
                _failures.Add(new FailureLine(outcome.DisplayPath, outcome.FirstProblem));
            }
        }
    }

    /// <summary>Adds an input that could not even be found or planned.</summary>
    public void AddProblem(string problem)
    {
        lock (_gate)
        {
            Failed++;
            _failures.Add(new FailureLine(problem, null));
        }
    }
}
