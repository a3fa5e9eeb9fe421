using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The plain reporter prints files in input order whatever order workers finish them in.</summary>
public sealed class PlainReporterOrderTests
{
    private readonly StringWriter _stdout = new();
    private readonly PlainReporter _reporter;

    public PlainReporterOrderTests() =>
        _reporter = new PlainReporter(_stdout, TextWriter.Null, new RenderOptions { Inputs = [], Formats = [WriterRegistry.BuiltIn.Find("md")!], CurrentDirectory = "/" });

    private static FileOutcome Ok(string name) => new($"in/{name}.yaml", true, [$"/out/{name}.md"], [], 0, TimeSpan.Zero);

    private string[] Lines() => _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_file_finishing_early_waits_until_every_file_before_it_is_printed()
    {
        _reporter.Run(3, () =>
        {
            _reporter.FileFinished(2, Ok("c"));
            Assert.Empty(Lines());
            _reporter.FileFinished(0, Ok("a"));
            Assert.Equal(["ok    in/a.yaml -> /out/a.md"], Lines());
            _reporter.FileFinished(1, Ok("b"));
        });

        Assert.Equal(["ok    in/a.yaml -> /out/a.md", "ok    in/b.yaml -> /out/b.md", "ok    in/c.yaml -> /out/c.md"], Lines());
    }

    [Fact]
    public void After_an_interrupt_files_finished_behind_one_that_never_did_are_still_printed_in_order()
    {
        _reporter.Run(4, () =>
        {
            _reporter.FileFinished(3, Ok("d"));
            _reporter.FileFinished(1, Ok("b"));
            // Ctrl-C: file 0 never finishes, and the service's work ends without it.
        });
        Assert.Equal(["ok    in/b.yaml -> /out/b.md", "ok    in/d.yaml -> /out/d.md"], Lines());
    }

    [Fact]
    public void A_second_run_with_the_same_reporter_starts_again_from_the_first_input()
    {
        _reporter.Run(2, () => _reporter.FileFinished(1, Ok("b"))); // as --watch reruns after an interrupted pass
        _reporter.Run(2, () =>
        {
            _reporter.FileFinished(0, Ok("a"));
            _reporter.FileFinished(1, Ok("b"));
        });
        Assert.Equal(["ok    in/b.yaml -> /out/b.md", "ok    in/a.yaml -> /out/a.md", "ok    in/b.yaml -> /out/b.md"], Lines());
    }
}
