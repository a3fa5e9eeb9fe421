using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

public sealed class InterruptTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>Cancels the run as soon as the first file has finished, as a Ctrl-C midway would.</summary>
    private sealed class CancelAfterFirst(CancellationTokenSource cts, IRenderReporter inner) : IRenderReporter
    {
        public void Run(int total, Action work) => inner.Run(total, work);
        public void FileStarted(string displayPath) => inner.FileStarted(displayPath);
        public void FileFinished(int index, FileOutcome outcome) { inner.FileFinished(index, outcome); cts.Cancel(); }
        public void Problem(string message) => inner.Problem(message);
        public void Summary(RunSummary summary) => inner.Summary(summary);
    }

    [Fact]
    public void Interrupting_a_batch_midway_leaves_no_partial_file_and_keeps_previous_outputs()
    {
        for (var i = 0; i < 12; i++)
            _tree.Write($"in/incident-{i:00}.yaml", IncidentText.Valid($"INC-{i}"));
        // A good output from an earlier run must survive whatever happens to this one.
        var previous = _tree.Write("out/incident-11.pdf", "%PDF- previous good output");

        var options = new RenderOptions
        {
            Inputs = [_tree.PathOf("in")],
            OutputDirectory = _tree.PathOf("out"),
            Formats = [WriterRegistry.BuiltIn.Find("pdf")!, WriterRegistry.BuiltIn.Find("docx")!],
            Jobs = 1,
            CurrentDirectory = _tree.Path,
        };
        using var cts = new CancellationTokenSource();
        var stdout = new StringWriter();
        var reporter = new CancelAfterFirst(cts, new PlainReporter(stdout, new StringWriter(), options));
        var exit = new RenderService(reporter).Run(options, cts.Token);

        Assert.Equal(ExitCodes.Interrupted, exit);
        var files = _tree.Files("out");
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith(OutputTransaction.TempPrefix, StringComparison.Ordinal));
        // Whatever was written is complete: each rendered input has both formats, and they are real files.
        var rendered = files.Where(f => f != "incident-11.pdf").ToList();
        Assert.True(rendered.Count < 24, "the run should have stopped before rendering everything");
        foreach (var group in rendered.GroupBy(Path.GetFileNameWithoutExtension))
            Assert.Equal(2, group.Count());
        foreach (var pdf in rendered.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
            Assert.EndsWith("%%EOF", File.ReadAllText(_tree.PathOf("out/" + pdf)).TrimEnd());
        Assert.Equal("%PDF- previous good output", File.ReadAllText(previous));
    }
}
