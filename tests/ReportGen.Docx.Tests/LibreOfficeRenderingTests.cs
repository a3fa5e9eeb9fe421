using System.Text.RegularExpressions;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>The real LibreOffice opens the file and lays it out as expected: right pages, all the text, the fields
/// computed. Set REPORTGEN_DOCX_KEEP to a folder to keep the .docx and .pdf for a look.</summary>
public class LibreOfficeRenderingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-docx-tests", Guid.NewGuid().ToString("N"));

    public LibreOfficeRenderingTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public void Postmortem_converts_with_all_text_and_page_fields()
    {
        var pdf = Convert("postmortem", PostmortemFixture.Create(), new DocxWriterOptions { FigureRasterizer = (_, _) => TestPng.Create(600, 120) });
        var pages = LibreOffice.PageCount(pdf);
        var text = LibreOffice.Text(pdf);
        var flat = Regex.Replace(text, @"\s+", " ");

        // The explicit page break before the appendix forces at least two pages; a five-section report fits in four.
        Assert.InRange(pages, 2, 4);
        Assert.Contains(PostmortemFixture.Title, flat);
        Assert.Contains("DRAFT", text);
        Assert.Contains("Validate service configuration against a schema", flat);
        Assert.Contains("Timeline", text);
        Assert.Contains("Contents", text);
        Assert.Contains("payments.pool.max_size", text);
        Assert.Contains("Chloé Durand", text);
        // The footer's NUMPAGES field is computed by LibreOffice and agrees with the real page count.
        Assert.Contains($"Page 1 of {pages}", text);
        Assert.Contains($"Page {pages} of {pages}", text);
        // No raw Markdown leaked into the output.
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("](", text);
    }

    [Fact]
    public void Stress_document_converts()
    {
        var pdf = Convert("stress", StressFixture.Create(), null);
        var text = LibreOffice.Text(pdf);
        Assert.True(LibreOffice.PageCount(pdf) >= 3, "60 action items and long texts take several pages");
        Assert.Contains("Action number 59", text);
        Assert.Contains("中文测试", text);
        Assert.Contains("<tag> & \"quotes\"", text);
    }

    private string Convert(string name, Document.ReportDocument document, DocxWriterOptions? options)
    {
        var docx = Path.Combine(_dir, name + ".docx");
        using (var file = File.Create(docx))
            new DocxWriter(options).Write(document, file);
        var pdf = LibreOffice.ConvertToPdf(docx, _dir);
        if (Environment.GetEnvironmentVariable("REPORTGEN_DOCX_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(docx, Path.Combine(keep, name + ".docx"), true);
            File.Copy(pdf, Path.Combine(keep, name + ".pdf"), true);
        }
        return pdf;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
