using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Cli.Rendering;
using ReportGen.Core.Loading;
using Xunit.Abstractions;

namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>Renders generated hostile incidents (mutated examples, hostile values and file names, figures that are pipes,
/// devices or garbage) through the real command line for a fixed time budget, and checks what a user must be able to
/// trust: an exit code of 0, 1 or 2 and never a stack trace; nothing written outside --out; no input changed; and every
/// report has exactly the sections its incident has. The seed is fixed (REPORTGEN_FUZZ_SEED overrides it) and printed
/// with any failure, so a failure reproduces.</summary>
public sealed partial class HostileIncidentFuzzTests(ITestOutputHelper output)
{
    /// <summary>How long to keep generating cases once <see cref="MinCases"/> ran and reports of both kinds were
    /// checked: more cases on a fast machine, never fewer checks on a slow one.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);
    /// <summary>Cases run whatever the clock says.</summary>
    private const int MinCases = 8;
    /// <summary>A run taking longer has hung (a case takes a second or two; under a load of 30 on two cores, tens).</summary>
    private static readonly TimeSpan PerRunLimit = TimeSpan.FromSeconds(300);
    /// <summary>Cases at most while waiting for a PDF report to check (the generator makes one every few cases).</summary>
    private const int MaxCases = 400;

    [GeneratedRegex(@"^\s+at \S+.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [Fact]
    public void Hostile_incidents_never_crash_escape_out_change_inputs_or_lose_sections()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_FUZZ_SEED"), out var s) ? s : 20260314;
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        var clock = Stopwatch.StartNew();
        var cases = 0;
        var tally = new Tally();
        // Until the time budget is spent AND something was checked: the number of cases a slow machine manages in the
        // budget is no reason to check fewer kinds of report.
        while ((clock.Elapsed < Budget || cases < MinCases || tally.Markdown == 0 || tally.Pdf == 0) && cases < MaxCases)
        {
            var caseSeed = unchecked(seed * 1_000_003 + cases); // HashCode.Combine is randomised per process
            var realProcess = cases % 10 == 3; // a few runs through the real executable
            try
            {
                RunCase(new Random(caseSeed), seeds, realProcess, tally);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"fuzz case {cases} failed (seed {seed}, case seed {caseSeed}, " +
                    $"{(realProcess ? "real process" : "in-process")}; rerun with REPORTGEN_FUZZ_SEED={seed}):\n{e.Message}");
            }
            cases++;
        }
        output.WriteLine($"{cases} hostile cases in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed}): exit codes " +
            $"{string.Join(", ", tally.Exits.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value}"))}; sections checked in {tally.Markdown} .md and {tally.Pdf} PDF reports");
        // A generator that never gets a hostile incident through to a report checks nothing about sections.
        Assert.True(tally.Markdown > 0 && tally.Pdf > 0, "no case produced a report to check");
    }

    /// <summary>What the runs did, so the budget is seen to test something.</summary>
    private sealed class Tally
    {
        public Dictionary<int, int> Exits { get; } = [];
        public int Markdown { get; set; }
        public int Pdf { get; set; }
    }

    private static void RunCase(Random rng, string[] seeds, bool realProcess, Tally tally)
    {
        using var dir = new TempFolder();
        var layout = FuzzCase.Lay(dir.Path, rng, seeds);
        var before = FolderState.Take(dir.Path, "out");

        var (exit, printed) = realProcess ? RunProcess(dir.Path, layout.Arguments) : RunInProcess(dir.Path, layout.Arguments);

        Assert.True(exit is 0 or 1 or 2, $"exit code {exit}:\n{printed}");
        tally.Exits[exit] = tally.Exits.GetValueOrDefault(exit) + 1;
        Assert.False(StackFrame().IsMatch(printed), $"a stack trace was printed:\n{printed}");
        Assert.DoesNotContain("bug in reportgen", printed);
        Assert.DoesNotContain("Unhandled exception", printed);
        Assert.Equal(before, FolderState.Take(dir.Path, "out")); // no input changed, nothing written outside --out
        var outRoot = Path.Combine(dir.Path, "out");
        var written = Directory.Exists(outRoot) ? Directory.GetFiles(outRoot, "*", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(written, f => Path.GetFileName(f).StartsWith(TempFiles.Prefix, StringComparison.Ordinal));
        foreach (var report in written.Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var input = layout.InputFor(report, outRoot);
            try { CheckSections(report, input, printed); }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException { Message: var m } || !m.StartsWith("fuzz", StringComparison.Ordinal))
            {
                var text = File.ReadAllText(input);
                throw new Xunit.Sdk.XunitException($"{e.Message}\nreport {report} from {input}:\n{(text.Length > 4000 ? text[..4000] + "…" : text)}");
            }
            tally.Markdown++;
            tally.Pdf += File.Exists(Path.ChangeExtension(report, ".pdf")) ? 1 : 0;
        }
    }

    private static void CheckSections(string report, string input, string printed)
    {
        var loaded = IncidentLoader.Load(input);
        Assert.True(loaded.Incident is not null, $"{report} was written for an input that does not load:\n{printed}");
        var expected = ReportSections.Expected(loaded.Incident!);
        var markdown = File.ReadAllText(report);
        Assert.Equal(expected, ReportSections.InMarkdown(markdown));
        Assert.Equal(1, ReportSections.TopHeadings(markdown)); // user text never becomes a heading
        var pdf = Path.ChangeExtension(report, ".pdf");
        if (File.Exists(pdf))
            Assert.Equal(expected.Where(h => h.StartsWith("## ", StringComparison.Ordinal)).Select(h => h[3..]), ReportSections.InPdf(pdf));
    }

    private static (int Exit, string Printed) RunInProcess(string workingDirectory, string[] args)
    {
        var run = Task.Run(() => CliRunner.RunIn(workingDirectory, args));
        Assert.True(run.Wait(PerRunLimit), $"the run did not finish within {PerRunLimit.TotalSeconds} s: reportgen {string.Join(' ', args)}");
        return (run.Result.ExitCode, run.Result.Out + run.Result.Err);
    }

    private static (int Exit, string Printed) RunProcess(string workingDirectory, string[] args)
    {
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [reportgen, .. args])
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PerRunLimit))
        {
            process.Kill();
            Assert.Fail($"the process did not finish within {PerRunLimit.TotalSeconds} s: reportgen {string.Join(' ', args)}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
