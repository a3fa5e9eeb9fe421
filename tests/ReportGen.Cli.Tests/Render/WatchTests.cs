using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

public sealed class WatchTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static async Task<string> WaitForText(string path, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path))
            {
                var text = await File.ReadAllTextAsync(path);
                if (ready(text)) return text;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{path} did not reach the expected state");
    }

    [Fact]
    public async Task Editing_an_incident_while_watching_re_renders_it()
    {
        var input = _tree.Write("in/outage.yaml", TempTree.ValidIncident("INC-1", "First title"));
        var options = new RenderOptions
        {
            Inputs = [_tree.Path_("in")],
            OutputDirectory = _tree.Path_("out"),
            Formats = [OutputFormat.Md],
            Watch = true,
            CurrentDirectory = _tree.Root,
        };
        using var cts = new CancellationTokenSource();
        var stdout = new StringWriter();
        var service = new RenderService(new PlainReporter(TextWriter.Synchronized(stdout), TextWriter.Null, options));
        var loop = Task.Run(() => new WatchLoop(service, options, TextWriter.Null).Run(cts.Token));

        await WaitForText(_tree.Path_("out/outage.md"), t => t.Contains("First title"));
        await Task.Delay(700); // past the debounce that swallows the first pass's own events
        await File.WriteAllTextAsync(input, TempTree.ValidIncident("INC-1", "Second title"));
        var updated = await WaitForText(_tree.Path_("out/outage.md"), t => t.Contains("Second title"));

        await cts.CancelAsync();
        Assert.Equal(ExitCodes.Success, await loop.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain("First title", updated);
    }
}
