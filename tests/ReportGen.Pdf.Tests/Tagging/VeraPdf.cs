using System.Diagnostics;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>Runs the team's PDF/A and PDF/UA rule checker, verapdf-sharp (a .NET port of veraPDF with veraPDF's own
/// rule profiles; see its README for what it can judge). It lives outside the repository: <c>REPORTGEN_VERAPDF</c> names
/// its <c>check.sh</c>, else it is looked for as <c>shared/tools/verapdf-sharp/check.sh</c> beside the repository or
/// one of its parents. <c>.ci/run</c> sets <c>REPORTGEN_SKIP_VERAPDF</c> (and prints why) on a machine without it.</summary>
internal static class VeraPdf
{
    public static string? SkipReason => Environment.GetEnvironmentVariable("REPORTGEN_SKIP_VERAPDF") is { Length: > 0 } reason ? reason : null;

    public static string CheckScript
    {
        get
        {
            if (Environment.GetEnvironmentVariable("REPORTGEN_VERAPDF") is { Length: > 0 } configured)
                return configured;
            for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "tools", "verapdf-sharp", "check.sh");
                if (File.Exists(candidate))
                    return candidate;
            }
            throw new InvalidOperationException("verapdf-sharp's check.sh was not found: set REPORTGEN_VERAPDF to its path, " +
                "or REPORTGEN_SKIP_VERAPDF to the reason these checks cannot run here (.ci/run does either)");
        }
    }

    /// <summary>The checker's verdict on <paramref name="pdf"/> for <paramref name="flavour"/> (<c>ua1</c>, <c>2a</c>): its
    /// whole output, the first line of which is <c>PASS</c> or <c>FAIL n rules</c>.</summary>
    public static string Check(byte[] pdf, string flavour)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-vera-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { CheckScript, path, flavour })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("verapdf-sharp did not finish within 5 minutes");
            }
            Assert.True(process.ExitCode is 0 or 1, $"verapdf-sharp could not run (exit {process.ExitCode}): {error.Result}");
            return output.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
