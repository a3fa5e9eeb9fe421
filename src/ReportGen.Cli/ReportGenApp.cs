using System.CommandLine;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli;

/// <summary>Builds the command tree and runs it. Commands are thin: each maps its options to a record and calls a service.</summary>
public static class ReportGenApp
{
    /// <summary>Runs the command line and returns the exit code. Output goes to the given writers (tests capture them).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("reportgen: turns YAML incident files into sign-off-ready postmortem reports (PDF and DOCX).")
        {
            ValidateCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
            InitCommand.Create(stdout, stderr),
            RenderCommand.Create(stdout, stderr),
            ReviewCommand.Create(stdout, stderr),
            LayoutCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            VerifyCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"reportgen: error: {Output.TerminalText.Escape(error.Message)}");
            stderr.WriteLine("hint: run 'reportgen --help' or 'reportgen <command> --help' for usage.");
            return ExitCodes.UsageError;
        }
        // Exceptions reach us here, not System.CommandLine's handler that prints a stack trace.
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception) when (!CurrentFolderExists())
        {
            // getcwd fails in a folder deleted after the shell entered it: reading the current folder throws.
            stderr.WriteLine("reportgen: error: the current folder no longer exists: it was deleted or moved after the shell entered it");
            stderr.WriteLine("hint: cd into an existing folder and run the command again");
            return ExitCodes.UsageError;
        }
        catch (Exception ex)
        {
            // Commands report bad input themselves; whatever still escapes is ours. One line, no stack trace.
            stderr.WriteLine($"reportgen: error: {ex.GetType().Name}: {Output.TerminalText.Escape(ex.Message)}");
            stderr.WriteLine("hint: this is a bug in reportgen; please report it with the command line and input files");
            return ExitCodes.InputFailed;
        }
    }

    private static bool CurrentFolderExists()
    {
        try { return Directory.Exists(Directory.GetCurrentDirectory()); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
