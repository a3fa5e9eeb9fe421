using System.Diagnostics;
using ReportGen.Document;
using ReportGen.Docx;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Svg;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>Both outputs of one case, written to files, with what the PDF writer recorded while laying it out and the
/// .docx's text as LibreOffice reads it.</summary>
internal sealed record ParityOutputs(string Name, ReportDocument Document, string PdfPath, PaginatedDocument Layout,
    string DocxPath, string DocxText);

/// <summary>Renders every parity case to both formats once per test run: the PDF with our writer (and its layout
/// recording), the .docx with the writer set up as the CLI sets it up, then one LibreOffice call converts every .docx
/// to text (LibreOffice is slow to start; one batch is about as fast as one file).</summary>
public sealed class ParityRun : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reportgen-parity-").FullName;
    private readonly Dictionary<string, ParityOutputs> _outputs = new(StringComparer.Ordinal);

    public ParityRun()
    {
        var pdf = SharedWriter.Instance;
        var svgs = new SvgPngRenderer(pdf);
        var rendered = new List<(string Name, ReportDocument Document, string Pdf, PaginatedDocument Layout, string Docx)>();
        foreach (var name in ParityCases.Names)
        {
            var document = ParityCases.Document(name);
            var file = name.Replace(':', '-');
            var pdfPath = Path.Combine(_directory, file + ".pdf");
            using (var stream = File.Create(pdfPath))
                pdf.Write(document, stream);
            var docxPath = Path.Combine(_directory, file + ".docx");
            var docx = new DocxWriter(new DocxWriterOptions
            {
                FigureRasterizer = new FigurePngRenderer(pdf, document.Theme).Render, SvgRasterizer = svgs.Render,
            });
            using (var stream = File.Create(docxPath))
                docx.Write(document, stream);
            rendered.Add((name, document, pdfPath, pdf.Paginate(document), docxPath));
        }
        ConvertToText(rendered.Select(r => r.Docx).ToList());
        foreach (var (name, document, pdfPath, layout, docxPath) in rendered)
        {
            var text = File.ReadAllText(Path.ChangeExtension(docxPath, ".txt")).TrimStart('\uFEFF');
            _outputs[name] = new ParityOutputs(name, document, pdfPath, layout, docxPath, text);
        }
    }

    internal ParityOutputs this[string name] => _outputs[name];

    /// <summary>LibreOffice's reading of the .docx files as plain text (headers and footers are not part of it).</summary>
    private void ConvertToText(IReadOnlyList<string> docxFiles)
    {
        var profile = Path.Combine(_directory, "lo-profile");
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                     "txt:Text (encoded):UTF8", "--outdir", _directory }.Concat(docxFiles))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start (.ci/run installs LibreOffice)");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the .docx files within 5 minutes");
        }
        foreach (var docx in docxFiles)
            Assert.True(File.Exists(Path.ChangeExtension(docx, ".txt")),
                $"LibreOffice wrote no text for {docx}: {output.Result} {error.Result}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
