using System.Diagnostics;

namespace ReportGen.Cli.Tests.Render;

/// <summary>Runs an installed reader (poppler, qpdf, LibreOffice) and returns its standard output; a failure, a
/// non-zero exit or a run past the timeout fails the test with the tool's error output.</summary>
internal static class Tool
{
    public static string Run(string tool, int timeoutSeconds, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within {timeoutSeconds} s");
        }
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
