namespace ReportGen.Cli.Rendering;

/// <summary>Shows a run's progress: a live progress bar on a terminal, plain lines in logs and CI.</summary>
internal interface IRenderReporter
{
    /// <summary>Runs <paramref name="work"/> while showing progress over <paramref name="total"/> files.</summary>
    void Run(int total, Action work);

    /// <summary>A worker picked up a file.</summary>
    void FileStarted(string displayPath);

    /// <summary>A file finished (called from worker threads, in any order); <paramref name="index"/> is its 0-based
    /// position among the run's inputs, so a reporter can print in input order.</summary>
    void FileFinished(int index, FileOutcome outcome);

    /// <summary>A complete message about the run itself (missing paths, output collisions, layout diagnostics).</summary>
    void Problem(string message);

    /// <summary>The end-of-run summary and the list of failures.</summary>
    void Summary(RunSummary summary);
}
