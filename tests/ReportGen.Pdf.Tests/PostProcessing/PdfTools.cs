using System.Diagnostics;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Runs the poppler and qpdf command-line checkers on PDF bytes and returns what they print.</summary>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string tool, byte[] pdf, params string[] arguments)
    {
        string directory = Directory.CreateTempSubdirectory("reportgen-pdfpost-").FullName;
        try
        {
            string path = Path.Combine(directory, "input.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }

            using Process process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start {tool}.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static string Text(byte[] pdf)
    {
        Result result = Run("pdftotext", pdf, "-layout", "{pdf}", "-");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    public static string Fonts(byte[] pdf)
    {
        Result result = Run("pdffonts", pdf, "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    public static Result Check(byte[] pdf) => Run("qpdf", pdf, "--check", "{pdf}");
}
