using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen init</c> command.</summary>
internal static class InitCommand
{
    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("init", "(not built yet)");
        command.SetAction(_ => { stderr.WriteLine("reportgen init: not built yet"); return ExitCodes.InputFailed; });
        return command;
    }
}
