using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen render</c> command.</summary>
internal static class RenderCommand
{
    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("render", "(not built yet)");
        command.SetAction(_ => { stderr.WriteLine("reportgen render: not built yet"); return ExitCodes.InputFailed; });
        return command;
    }
}
