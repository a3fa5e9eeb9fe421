using System.Diagnostics;
using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>A run killed with SIGKILL leaves its hidden temporary files behind; the next run removes those (and only
/// those: never a live run's, never a file that is not ours).</summary>
public sealed class StaleTempFileTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>The id of a process that has exited.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>A name of ours whose owner is the process <paramref name="pid"/>.</summary>
    private static string NameOwnedBy(string directory, int pid, string extension)
    {
        var own = Path.GetFileName(TempFiles.NewStaged(directory)); // .reportgen-{machine}-{pid}-{start}-{random}.tmp
        var parts = own.Split('-');
        parts[2] = pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(directory, string.Join('-', parts)[..^".tmp".Length] + extension);
    }

    [Fact]
    public void Files_of_a_dead_run_are_removed_and_a_live_runs_and_foreign_files_are_kept()
    {
        var dir = _tree.PathOf("out");
        Directory.CreateDirectory(dir);
        var dead = DeadProcessId();
        var staleTemp = NameOwnedBy(dir, dead, ".tmp");
        var staleBackup = NameOwnedBy(dir, dead, ".b.pdf.bak");      // its target b.pdf exists: the commit went through
        var orphanBackup = NameOwnedBy(dir, dead, ".a.pdf.bak");     // its target a.pdf is missing: put it back
        var live = TempFiles.NewStaged(dir);                          // this process is alive: a concurrent run's file
        foreach (var f in new[] { staleTemp, staleBackup, orphanBackup, live })
            File.WriteAllText(f, Path.GetFileName(f));
        File.WriteAllText(Path.Combine(dir, "b.pdf"), "new b");
        File.WriteAllText(Path.Combine(dir, ".reportgen-notes.txt"), "not ours");
        File.WriteAllText(Path.Combine(dir, ".reportgen-" + new string('0', 32) + ".tmp"), "an old version's, but recent");

        var handled = TempFiles.CleanStale(dir, DateTime.UtcNow);

        Assert.Equal(3, handled);
        Assert.Equal(
            new[] { ".reportgen-" + new string('0', 32) + ".tmp", ".reportgen-notes.txt", Path.GetFileName(live), "a.pdf", "b.pdf" }
                .Order(StringComparer.Ordinal),
            _tree.Files("out"));
        Assert.Equal(Path.GetFileName(orphanBackup), File.ReadAllText(Path.Combine(dir, "a.pdf")));
    }

    [Fact]
    public void The_next_render_into_the_folder_cleans_up_after_a_killed_one()
    {
        _tree.Write("in/a.yaml", IncidentText.Valid("INC-1"));
        Directory.CreateDirectory(_tree.PathOf("out"));
        var leftover = NameOwnedBy(_tree.PathOf("out"), DeadProcessId(), ".tmp");
        File.WriteAllText(leftover, "%PDF- half written");

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["a.md"], _tree.Files("out"));
    }

    [Fact]
    public void A_real_process_killed_with_sigkill_mid_batch_leaves_nothing_after_the_next_run()
    {
        for (var i = 0; i < 300; i++)
            _tree.Write($"in/incident-{i:000}.yaml", IncidentText.Valid($"INC-{i}"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [reportgen, "render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--jobs", "2"])
                   { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            // Kill as soon as the output folder has files in it (mid-batch).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && _tree.Files("out").Count < 10) Thread.Sleep(5);
            process.Kill();
            process.WaitForExit();
        }

        var run = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "pdf,docx");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(_tree.Files("out"), f => f.StartsWith(TempFiles.Prefix, StringComparison.Ordinal));
        Assert.Equal(600, _tree.Files("out").Count);
    }
}
