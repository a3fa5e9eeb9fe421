using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen layout</c> command.</summary>
internal static class LayoutCommand
{
    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("layout", "(not built yet)");
        command.SetAction(_ => { stderr.WriteLine("reportgen layout: not built yet"); return ExitCodes.InputFailed; });
        return command;
    }
}
