using System.Diagnostics;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>Ctrl-C works at any moment, even while the process waits on something it cannot cancel: here its standard
/// output is a pipe nobody reads, so printing blocks for ever once the pipe is full. Before, the signal only set a
/// cancellation flag and the process never ended.</summary>
public sealed class StuckProcessTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>Generous: a loaded machine (load 30 on two cores) slows every step; only a hang takes this long.</summary>
    private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(120);

    /// <summary>True when a thread of the process is asleep in the kernel's pipe write (Linux: /proc/PID/task/TID/wchan,
    /// "pipe_write" or "anon_pipe_write").</summary>
    private static bool BlockedWritingToAPipe(int pid)
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{pid}/task")
                .Any(task => File.ReadAllText(Path.Combine(task, "wchan")).Contains("pipe_write", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; } // exited, or a thread ended
    }

    [Fact]
    public async Task A_process_blocked_writing_to_a_full_pipe_still_exits_130_on_sigterm()
    {
        // Long names make long "ok" lines: the 64 KiB pipe fills after a couple of hundred files.
        for (var i = 0; i < 600; i++)
            _tree.Write($"in/{new string('n', 200)}-{i:000}.yaml", IncidentText.Valid($"INC-{i}"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md"])
        {
            // Its own folder: the test host's current folder is switched by in-process tests running alongside (CliRunner.RunIn),
            // to temporary folders they then delete.
            WorkingDirectory = _tree.Path, RedirectStandardOutput = true, RedirectStandardError = true,
        })!; // stdout is never read
        var stderr = process.StandardError.ReadToEndAsync();

        try
        {
            // Wait until the process is stuck: one of its threads sleeps in the kernel writing to the full pipe. (Waiting
            // for outputs to stop appearing mistook a pause on a loaded machine for the block.)
            var blocked = Stopwatch.StartNew();
            while (!BlockedWritingToAPipe(process.Id) && !process.HasExited && blocked.Elapsed < DoesNotHang)
                await Task.Delay(50);
            Assert.False(process.HasExited, $"the process should be blocked on its full output pipe, but it ended (exit {(process.HasExited ? process.ExitCode : 0)}, " +
                $"{_tree.Files("out").Count} reports):\n{(process.HasExited ? await stderr : "")}");
            Assert.True(BlockedWritingToAPipe(process.Id), $"the process did not block on its full output pipe within {DoesNotHang.TotalSeconds} s");
            Assert.True(_tree.Files("out").Count < 600, "the batch should not have finished");

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await kill.WaitForExitAsync();
            // It exits about 3 s after the signal (InterruptSource.Grace); the bound only tells "exits" from "hangs".
            var ended = await Task.Run(() => process.WaitForExit(DoesNotHang));

            Assert.True(ended, "the process ignored SIGTERM while blocked");
            Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        Assert.Contains("did not stop within", await stderr); // stopped by the grace deadline, not by finishing its work
    }
}
