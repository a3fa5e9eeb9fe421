using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The fields added through the format declaration reach both outputs, checked the way a reader would:
/// <c>timeline[].source</c> is a "source" link after the event in the PDF and the .docx, and
/// <c>impact.figures[].alt</c> is the figure's alt text in the .docx. The checkout-outage example uses both.</summary>
public sealed class NewFieldOutputTests : IDisposable
{
    private const string Source = "https://pagerduty.example/incidents/Q2041";
    private readonly TempFolder _tree = new();

    public NewFieldOutputTests()
    {
        var result = CliRunner.Run("render", Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml"), "--out", _tree.Path, "--format", "pdf,docx");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
    }

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void The_pdf_shows_a_source_link_after_the_event()
    {
        var text = Run("pdftotext", "-layout", _tree.PathOf("checkout-outage.pdf"), "-");
        Assert.Matches(@"Error-rate alert fires for checkout-api \(source\)", text);
        Assert.Contains($"\"/URI\": \"u:{Source}\"", Run("qpdf", "--json", _tree.PathOf("checkout-outage.pdf")));
    }

    [Fact]
    public void The_docx_shows_a_source_link_after_the_event_and_gives_the_figure_its_alt_text()
    {
        using var zip = ZipFile.OpenRead(_tree.PathOf("checkout-outage.docx"));
        var relationships = Read(zip, "word/_rels/document.xml.rels");
        var id = Regex.Match(relationships, $"Id=\"([^\"]+)\"[^>]*Target=\"{Regex.Escape(Source)}\"|Target=\"{Regex.Escape(Source)}\"[^>]*Id=\"([^\"]+)\"");
        Assert.True(id.Success, "no relationship targets " + Source);
        var document = Read(zip, "word/document.xml");
        var rid = id.Groups[1].Success ? id.Groups[1].Value : id.Groups[2].Value;
        var link = Regex.Match(document, $"<w:hyperlink[^>]*r:id=\"{rid}\"[^>]*>(.*?)</w:hyperlink>");
        Assert.True(link.Success, "no hyperlink uses " + rid);
        Assert.Equal("source", string.Concat(Regex.Matches(link.Groups[1].Value, "<w:t[^>]*>([^<]*)</w:t>").Select(m => m.Groups[1].Value)));
        Assert.Contains("descr=\"The 5xx rate is near zero until about 09:20", document);
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static string Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException(tool + " did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
