using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen validate</c> command.</summary>
internal static class ValidateCommand
{
    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("validate", "(not built yet)");
        command.SetAction(_ => { stderr.WriteLine("reportgen validate: not built yet"); return ExitCodes.InputFailed; });
        return command;
    }
}
