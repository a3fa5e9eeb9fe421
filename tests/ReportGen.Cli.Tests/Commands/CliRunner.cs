namespace ReportGen.Cli.Tests.Commands;

/// <summary>Runs the real command tree in-process with captured output.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Err);

    private static readonly object CurrentDirectoryLock = new();

    /// <summary>Runs <paramref name="args"/> with <paramref name="workingDirectory"/> as the current folder.</summary>
    public static Outcome Run(string workingDirectory, params string[] args)
    {
        // The current directory is process-wide: tests that change it take turns.
        lock (CurrentDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var stdout = new StringWriter { NewLine = "\n" };
                var stderr = new StringWriter { NewLine = "\n" };
                var code = ReportGenApp.Run(args, stdout, stderr);
                return new Outcome(code, stdout.ToString(), stderr.ToString());
            }
            finally { Directory.SetCurrentDirectory(previous); }
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found");
    }
}

/// <summary>A scratch folder deleted at the end of a test.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Directory.CreateDirectory(Path);
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-cli-" + Guid.NewGuid().ToString("N"));
    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}
