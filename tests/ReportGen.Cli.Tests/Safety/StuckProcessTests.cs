using System.Diagnostics;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>Ctrl-C works at any moment, even while the process waits on something it cannot cancel: here its standard
/// output is a pipe nobody reads, so printing blocks for ever once the pipe is full. Before, the signal only set a
/// cancellation flag and the process never ended.</summary>
public sealed class StuckProcessTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task A_process_blocked_writing_to_a_full_pipe_still_exits_130_on_sigterm()
    {
        // Long names make long "ok" lines: the 64 KiB pipe fills after a couple of hundred files.
        for (var i = 0; i < 600; i++)
            _tree.Write($"in/{new string('n', 200)}-{i:000}.yaml", IncidentText.Valid($"INC-{i}"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!; // stdout is never read
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait until the process is stuck: outputs stop appearing.
        var last = -1;
        for (var quiet = 0; quiet < 10 && !process.HasExited; Thread.Sleep(100))
        {
            var now = _tree.Files("out").Count;
            quiet = now == last && now > 0 ? quiet + 1 : 0;
            last = now;
        }
        Assert.False(process.HasExited, "the process should be blocked on its full output pipe");
        Assert.True(last < 600, "the batch should not have finished");

        var signalled = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await kill.WaitForExitAsync();
        var ended = await Task.Run(() => process.WaitForExit(TimeSpan.FromSeconds(20)));
        if (!ended) process.Kill();

        Assert.True(ended, "the process ignored SIGTERM while blocked");
        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(10), $"it took {signalled.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("did not stop within", await stderr);
    }
}
