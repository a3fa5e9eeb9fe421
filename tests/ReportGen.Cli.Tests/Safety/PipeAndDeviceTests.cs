using System.Diagnostics;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>A named pipe anywhere the tool reads (an incident in a folder, a figure, a font in --font-dir) and a device as
/// a figure are reported as "not a regular file"; before, each blocked the process for ever (ignoring Ctrl-C) or read
/// /dev/zero until memory ran out.</summary>
public sealed class PipeAndDeviceTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private void MakeFifo(string relative)
    {
        var path = _tree.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
    }

    private static string WithFigure(string id, string figure) => IncidentText.Valid(id) + $"""

        impact:
          figures:
            - title: Error rate
              path: {figure}
        """;

    private static async Task<CliRunner.Result> RunWithin(params string[] args) =>
        await Task.Run(() => CliRunner.Run(args)).WaitAsync(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Pipes_as_incident_or_figure_and_a_device_as_figure_are_errors_naming_the_file()
    {
        MakeFifo("in/pipe.yaml");
        MakeFifo("in/figures/pipe.png");
        _tree.Write("in/pipe-figure.yaml", WithFigure("INC-1", "figures/pipe.png"));
        _tree.Write("in/device-figure.yaml", WithFigure("INC-2", "/dev/zero"));
        _tree.Write("in/good.yaml", IncidentText.Valid("INC-3"));

        var run = await RunWithin("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.InputFailed, run.ExitCode);
        Assert.Contains("pipe.yaml: error: is a named pipe (FIFO), not a regular file", run.Err);
        Assert.Contains("figures/pipe.png' is not a usable image: it is a named pipe (FIFO), not a regular file", run.Err);
        Assert.Contains("device-figure.yaml", run.Out);
        Assert.Equal(["good.md"], _tree.Files("out"));
    }

    [Fact]
    public async Task A_pipe_in_a_font_dir_is_skipped_and_the_report_renders()
    {
        MakeFifo("fonts/a-pipe.ttf");
        _tree.Write("in/cjk.yaml", IncidentText.Valid("INC-1", "Checkout 中文 outage"));

        var run = await RunWithin("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "pdf", "--font-dir", _tree.PathOf("fonts"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["cjk.pdf"], _tree.Files("out"));
    }

    [Theory]
    [InlineData("-INT")]
    [InlineData("-TERM")]
    public async Task A_signal_to_a_busy_real_process_stops_it_with_130(string signal)
    {
        for (var i = 0; i < 400; i++)
            _tree.Write($"in/incident-{i:000}.yaml", IncidentText.Valid($"INC-{i}"));
        MakeFifo("in/zz-pipe.yaml");
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--jobs", "1"])
        { WorkingDirectory = _tree.Path, RedirectStandardOutput = true, RedirectStandardError = true })!; // not the host's switched folder
        var busy = new TaskCompletionSource();
        var printed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            printed.Enqueue(e.Data);
            if (e.Data.StartsWith("ok", StringComparison.Ordinal)) busy.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) printed.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The event waited for: the first report is written (the process is busy with the rest). The bound only tells
            // a hang from a slow machine; a process that ends first fails at once, with what it printed.
            var started = await Task.WhenAny(busy.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(300));
            Assert.True(started == busy.Task, $"the render ended (exit {(process.HasExited ? process.ExitCode : -1)}) before writing a report:\n{string.Join("\n", printed)}");

            using (var kill = Process.Start("kill", [signal, process.Id.ToString()])!) await kill.WaitForExitAsync();
            // The CLI stops within a second or two; a saturated CI machine (four test assemblies, LibreOffice, veraPDF) has taken over 20 s.
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);

            Assert.True(ExitCodes.Interrupted == process.ExitCode, $"exit {process.ExitCode}:\n{string.Join("\n", printed.TakeLast(20))}");
        }
        finally
        {
            // A failed wait must not leave a 400-file render running on the machine.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
