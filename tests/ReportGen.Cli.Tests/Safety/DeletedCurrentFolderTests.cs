using System.Diagnostics;

namespace ReportGen.Cli.Tests.Safety;

/// <summary>A shell can stand in a folder that was deleted since (another terminal removed it, a test cleaned up): every
/// path is absolute, yet reading the current folder fails. The user gets a clear error, not "this is a bug".</summary>
public sealed class DeletedCurrentFolderTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task A_render_from_a_deleted_current_folder_says_so_and_writes_nothing()
    {
        _tree.Write("in/outage.yaml", IncidentText.Valid("INC-1"));
        Directory.CreateDirectory(_tree.PathOf("gone"));
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        // The shell enters the folder, deletes it, then runs reportgen there with absolute paths.
        using var process = Process.Start(new ProcessStartInfo("sh",
            ["-c", "cd \"$1\" && rmdir \"$1\" && exec dotnet \"$2\" render \"$3\" --out \"$4\" --format md", "sh",
             _tree.PathOf("gone"), reportgen, _tree.PathOf("in/outage.yaml"), _tree.PathOf("out")])
        { WorkingDirectory = _tree.Path, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token); // only a hang takes this long

        var printed = await stdout + await stderr;
        Assert.Equal(ExitCodes.UsageError, process.ExitCode);
        Assert.Contains("reportgen: error: the current folder no longer exists", printed);
        Assert.Contains("hint: cd into an existing folder", printed);
        Assert.DoesNotContain("bug in reportgen", printed);
        Assert.False(Directory.Exists(_tree.PathOf("out")));
    }
}
