using ReportGen.Cli;

namespace ReportGen.Testing;

/// <summary>Runs the real <c>reportgen</c> command tree in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>The exit code and the text written to standard output and standard error (lines end in LF).</summary>
    public sealed record Result(int ExitCode, string Out, string Err);

    private static readonly object CurrentDirectoryLock = new();

    /// <summary>Runs <paramref name="args"/> in the test host's current folder (give absolute paths).</summary>
    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = ReportGenApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with <paramref name="workingDirectory"/> as the current folder, for
    /// tests of relative paths.</summary>
    public static Result RunIn(string workingDirectory, params string[] args)
    {
        // The current directory is process-wide: tests that change it take turns.
        lock (CurrentDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try { return Run(args); }
            finally { Directory.SetCurrentDirectory(previous); }
        }
    }
}
