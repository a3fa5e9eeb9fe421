using System.Diagnostics;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests.SvgFigures;

/// <summary>LibreOffice opens a .docx with an SVG picture and shows the picture (the SVG or its PNG fallback).</summary>
public class SvgLibreOfficeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-docx-tests", Guid.NewGuid().ToString("N"));

    public SvgLibreOfficeTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public void LibreOffice_shows_the_svg_figure_with_its_caption()
    {
        using var docx = SvgFigureTests.Write(SvgFigureTests.Chart,
            new DocxWriterOptions { SvgRasterizer = new SvgFigureTests.FakeRasterizer().Render });
        var path = Path.Combine(_dir, "svg-figure.docx");
        File.WriteAllBytes(path, docx.Bytes);
        var pdf = LibreOffice.ConvertToPdf(path, _dir);
        Assert.Contains("Figure 1. Errors", LibreOffice.Text(pdf));
        // The picture covers a good part of the page in colour (red SVG or blue-ramp PNG); text alone is grey.
        var share = ColouredShare(pdf);
        Assert.True(share > 0.05, $"only {share:P1} of the first page is coloured: the picture is missing");
    }

    /// <summary>The share of strongly coloured pixels on page 1, read from poppler's default PPM output.</summary>
    private double ColouredShare(string pdf)
    {
        var prefix = Path.Combine(_dir, "page");
        using (var process = Process.Start(new ProcessStartInfo("pdftoppm", $"-r 30 -f 1 -l 1 \"{pdf}\" \"{prefix}\"")
               { RedirectStandardError = true })!)
        {
            Assert.True(process.WaitForExit(60_000), "pdftoppm did not finish");
            Assert.Equal(0, process.ExitCode);
        }
        var bytes = File.ReadAllBytes(Directory.GetFiles(_dir, "page*.ppm").Single());
        // P6 header: magic, width, height, maxval, each followed by whitespace.
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i])) i++;
            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i])) i++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, i - start));
        }
        i++;
        var pixels = (bytes.Length - i) / 3;
        var coloured = 0;
        for (var p = i; p + 2 < bytes.Length; p += 3)
        {
            var max = Math.Max(bytes[p], Math.Max(bytes[p + 1], bytes[p + 2]));
            var min = Math.Min(bytes[p], Math.Min(bytes[p + 1], bytes[p + 2]));
            if (max - min > 60)
                coloured++;
        }
        return coloured / (double)pixels;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("REPORTGEN_DOCX_KEEP") is { Length: > 0 } keep)
            foreach (var file in Directory.GetFiles(_dir, "*.*").Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)))
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
        Directory.Delete(_dir, recursive: true);
    }
}
