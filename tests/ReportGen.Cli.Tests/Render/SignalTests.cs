using System.Diagnostics;
using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

/// <summary>Ctrl-C on a real process: the signal path (not just a cancellation token) stops the batch cleanly.</summary>
public sealed class SignalTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task Sigint_midway_exits_130_and_leaves_only_complete_outputs()
    {
        // Enough files that the batch is still running when the signal lands, however fast one render has become
        // (60 small files once finished before `kill` had started, under load).
        const int count = 400;
        for (var i = 0; i < count; i++)
            _tree.Write($"in/incident-{i:000}.yaml", IncidentText.Valid($"INC-{i}"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var psi = new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--jobs", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var firstOk = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("ok", StringComparison.Ordinal) == true) firstOk.TrySetResult(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await firstOk.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])!) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        var files = _tree.Files("out");
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith(OutputTransaction.TempPrefix, StringComparison.Ordinal));
        Assert.True(files.Count < 2 * count, "the batch should have stopped early");
        foreach (var group in files.GroupBy(Path.GetFileNameWithoutExtension))
            Assert.Equal([".docx", ".pdf"], group.Select(Path.GetExtension).Order(StringComparer.Ordinal));
    }
}
