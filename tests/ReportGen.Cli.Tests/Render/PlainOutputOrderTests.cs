using System.Text;

namespace ReportGen.Cli.Tests.Render;

/// <summary>Logs and CI diff the output of two runs of the same batch: with several jobs the per-file lines must
/// still come in input order, whichever file finished first.</summary>
public sealed class PlainOutputOrderTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>A report many pages long: a worker is still on it while the other renders the small files after it.</summary>
    private static string LongIncident()
    {
        var text = new StringBuilder(IncidentText.Valid("INC-LONG")).Append('\n');
        for (var i = 0; i < 160; i++)
            text.Append(FormattableString.Invariant($"  - at: \"{10 + i / 60:00}:{i % 60:00}\"\n    event: Step {i} of the slow rollback, retried node by node with a long explanation\n"));
        return text.ToString();
    }

    [Fact]
    public void With_two_jobs_every_run_prints_one_line_per_file_in_input_order_and_the_summary_last()
    {
        _tree.Write("in/incident-00.yaml", LongIncident());
        for (var i = 1; i < 8; i++)
            _tree.Write($"in/incident-{i:00}.yaml", i == 4 ? IncidentText.Invalid : IncidentText.Valid($"INC-{i}"));
        string[] expected = [.. Enumerable.Range(0, 8).Select(i => $"incident-{i:00}.yaml")];

        for (var run = 0; run < 3; run++)
        {
            var result = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf($"out{run}"), "--format", "pdf", "--jobs", "2");

            Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
            var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var fileLines = lines.TakeWhile(l => !l.StartsWith("rendered ", StringComparison.Ordinal)).ToList();
            Assert.Equal(expected, fileLines.Select(FileName));
            Assert.StartsWith("FAIL  ", fileLines[4]);
            Assert.All(fileLines.Where((_, i) => i != 4), l => Assert.StartsWith("ok    ", l));
            Assert.StartsWith("rendered 7, failed 1", lines[fileLines.Count]);
        }
    }

    /// <summary>"ok    in/incident-03.yaml -> out/incident-03.pdf (1 page)" → "incident-03.yaml".</summary>
    private static string FileName(string line)
    {
        var path = line[6..].Split(" -> ")[0];
        return Path.GetFileName(path);
    }
}
