using System.Diagnostics;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Runs the poppler and qpdf command-line checkers on PDF bytes and returns what they print.</summary>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs a tool with "{pdf}" standing for the input file and "{out}" for an output file.</summary>
    public static Result Run(string tool, byte[] pdf, params string[] arguments) => Run(tool, pdf, arguments, out _);

    /// <summary>Rewrites the PDF with qpdf (for example to produce a cross-reference stream).</summary>
    public static byte[] Rewrite(byte[] pdf, params string[] qpdfOptions)
    {
        Result result = Run("qpdf", pdf, [.. qpdfOptions, "{pdf}", "{out}"], out byte[]? output);
        Assert.True(result.ExitCode == 0, result.Error);
        return output!;
    }

    private static Result Run(string tool, byte[] pdf, string[] arguments, out byte[]? outputFile)
    {
        string directory = Directory.CreateTempSubdirectory("reportgen-pdfpost-").FullName;
        try
        {
            string path = Path.Combine(directory, "input.pdf");
            string outputPath = Path.Combine(directory, "output.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument switch { "{pdf}" => path, "{out}" => outputPath, _ => argument });
            }

            using Process process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start {tool}.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            outputFile = File.Exists(outputPath) ? File.ReadAllBytes(outputPath) : null;
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

    /// <summary>Every page as poppler draws it at <paramref name="dpi"/> (the caller disposes the bitmaps).</summary>
    public static List<SkiaSharp.SKBitmap> Pages(byte[] pdf, int dpi)
    {
        string directory = Directory.CreateTempSubdirectory("reportgen-pdfpages-").FullName;
        try
        {
            string path = Path.Combine(directory, "in.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), path, Path.Combine(directory, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pdftoppm.");
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            // pdftoppm pads page numbers to the same width, so ordinal order is page order.
            return Directory.GetFiles(directory, "page-*.png").Order(StringComparer.Ordinal).Select(SkiaSharp.SKBitmap.Decode).ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The outline as poppler reads it: (title, 1-based page, depth) in document order.</summary>
    public static IReadOnlyList<(string Title, int Page, int Depth)> PopplerOutline(byte[] pdf)
    {
        Result result = Run("pdftohtml", pdf, "-xml", "-stdout", "-i", "-q", "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        var document = System.Xml.Linq.XDocument.Parse(result.Output);
        return document.Descendants("item")
            .Select(item => (item.Value, int.Parse(item.Attribute("page")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                item.Ancestors("outline").Count()))
            .ToList();
    }
}
