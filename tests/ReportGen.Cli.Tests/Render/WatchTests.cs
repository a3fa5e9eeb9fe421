using System.Diagnostics;
using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

public sealed class WatchTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private static async Task<string> WaitForText(string path, Func<string, bool> ready, int pollMs = 100)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "(never read)";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                // The watch replaces the output while the test polls: a read may meet the moment of the swap.
                var text = await File.ReadAllTextAsync(path);
                if (ready(text)) return text;
                last = text;
            }
            catch (IOException e) { last = e.Message; }
            catch (UnauthorizedAccessException e) { last = e.Message; }
            await Task.Delay(pollMs);
        }
        throw new TimeoutException($"{path} did not reach the expected state; last read: {last}");
    }

    private (Task<int> Loop, CancellationTokenSource Cancel, StringWriter Printed) StartWatching()
    {
        var options = new RenderOptions
        {
            Inputs = [_tree.PathOf("in")],
            OutputDirectory = _tree.PathOf("out"),
            Formats = [WriterRegistry.BuiltIn.Find("md")!],
            Watch = true,
            CurrentDirectory = _tree.Path,
        };
        var cts = new CancellationTokenSource();
        var printed = new StringWriter();
        var synchronized = TextWriter.Synchronized(printed);
        var service = new RenderService(new PlainReporter(synchronized, synchronized, options));
        var loop = Task.Run(() => new WatchLoop(service, options, TextWriter.Null).Run(cts.Token));
        return (loop, cts, printed);
    }

    [Fact]
    public async Task Editing_an_incident_while_watching_re_renders_it_and_ctrl_c_exits_130()
    {
        var input = _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1", "First title"));
        var (loop, cts, _) = StartWatching();

        await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains("First title"));
        await Task.Delay(700);
        await File.WriteAllTextAsync(input, IncidentText.Valid("INC-1", "Second title"));
        var updated = await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains("Second title"));

        await cts.CancelAsync();
        Assert.Equal(ExitCodes.Interrupted, await loop.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain("First title", updated);
    }

    [Fact]
    public async Task A_save_right_after_a_render_is_rendered_too()
    {
        var input = _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1", "Title zero"));
        var (loop, cts, _) = StartWatching();
        await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains("Title zero"));

        // Each save lands within a few milliseconds of the render of the previous one.
        for (var i = 1; i <= 3; i++)
        {
            await File.WriteAllTextAsync(input, IncidentText.Valid("INC-1", $"Title number {i}"));
            await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains($"Title number {i}"), pollMs: 5);
        }

        await cts.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_truncate_then_write_save_never_reports_an_empty_file()
    {
        var input = _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1", "First title"));
        var (loop, cts, printed) = StartWatching();
        await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains("First title"));

        await Task.Delay(700); // the watch is idle again
        // An editor that truncates, then writes the new text a moment later.
        await using (var truncated = new FileStream(input, FileMode.Truncate)) { }
        await Task.Delay(450);
        await File.WriteAllTextAsync(input, IncidentText.Valid("INC-1", "Second title"));
        await WaitForText(_tree.PathOf("out/outage.md"), t => t.Contains("Second title"));

        await cts.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("empty", printed.ToString());
    }

    [Fact]
    public async Task Ctrl_c_stops_a_real_watching_process_with_130()
    {
        _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var psi = new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md", "--watch"])
        {
            WorkingDirectory = _tree.Path, // not the test host's current folder, which in-process tests switch and delete
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var watching = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("watching", StringComparison.Ordinal) == true) watching.TrySetResult(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Generous bounds: they only tell a hang from a slow machine (a cold process renders its first report in a
            // second alone, and has taken tens of seconds with other builds running); "watching" is the event waited for.
            await watching.Task.WaitAsync(TimeSpan.FromSeconds(180));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])!) await kill.WaitForExitAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);

            Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        }
        finally
        {
            // A failed wait must not leave a watching process running on the machine.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
