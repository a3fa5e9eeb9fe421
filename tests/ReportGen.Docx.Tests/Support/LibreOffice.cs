using System.Diagnostics;

namespace ReportGen.Docx.Tests.Support;

/// <summary>Runs the real LibreOffice and poppler tools on a written file. Each conversion uses its own profile
/// directory, so parallel test runs (and other projects' tests) never fight over LibreOffice's user profile lock.</summary>
internal static class LibreOffice
{
    /// <summary>Converts a .docx to PDF and returns the PDF path; <paramref name="fontconfigFile"/> sets the fonts
    /// LibreOffice sees (FONTCONFIG_FILE).</summary>
    public static string ConvertToPdf(string docxPath, string outDir, string? fontconfigFile = null)
    {
        var profile = Path.Combine(outDir, "lo-profile");
        Run("libreoffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir \"{outDir}\" \"{docxPath}\"", 240,
            fontconfigFile);
        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF for {docxPath}");
        return pdf;
    }

    /// <summary>Converts a .docx to another format LibreOffice writes (<c>odt</c>, say) and returns the new file's path.</summary>
    public static string Convert(string docxPath, string outDir, string format)
    {
        var profile = Path.Combine(outDir, "lo-profile");
        Run("libreoffice", $"-env:UserInstallation=file://{profile} --headless --convert-to {format} --outdir \"{outDir}\" \"{docxPath}\"", 240);
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docxPath) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice wrote no .{format} for {docxPath}");
        return converted;
    }

    /// <summary>The page count from pdfinfo.</summary>
    public static int PageCount(string pdf)
    {
        var info = Run("pdfinfo", $"\"{pdf}\"", 30);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of the PDF in reading order, page by page.</summary>
    public static string Text(string pdf) => Run("pdftotext", $"-layout \"{pdf}\" -", 30);

    /// <summary>The fonts in a PDF, as pdffonts lists them.</summary>
    public static string Fonts(string pdf) => Run("pdffonts", $"\"{pdf}\"", 30);

    private static string Run(string tool, string arguments, int timeoutSeconds, string? fontconfigFile = null)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (fontconfigFile is not null)
            start.Environment["FONTCONFIG_FILE"] = fontconfigFile;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (.ci/run installs it): {e.Message}", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish in {timeoutSeconds} s");
            }
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }
}
