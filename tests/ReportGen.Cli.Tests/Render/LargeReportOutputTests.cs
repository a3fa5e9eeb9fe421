using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Cli.Tests.Render;

/// <summary>A report whose intermediate Markdown is over a megabyte comes out whole in every format: the sign-off at its
/// end is in the PDF's text and in the .docx (once, Scriban's output limit cut such reports silently at ~100 KB).</summary>
public sealed class LargeReportOutputTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_report_over_a_megabyte_of_markdown_keeps_its_sign_off_in_the_pdf_and_the_docx()
    {
        var yaml = new StringBuilder("""
            id: INC-9000
            title: A very long postmortem
            severity: low
            started_at: 2026-03-14T09:00:00Z
            timeline:
              - at: "09:00"
                event: Alert fired
            root_cause:
              what_happened: |

            """);
        var sentence = "The pool ran dry because every pod opened twice the connections it needed. ";
        for (var p = 0; p < 1400; p++)
            yaml.Append("    ").Append(Enumerable.Repeat(sentence, 10).Aggregate(string.Concat)).Append("\n\n");
        yaml.Append("""
              immediate_cause: Pool exhausted.
            signoff:
              facilitated_by: Dana Facilitator
              reviewed_by: [Sam Lastreviewer]
              date: 2026-03-18

            """);
        var input = _tree.Write("long.yaml", yaml.ToString());

        var result = CliRunner.Run("render", input, "--out", _tree.PathOf("out"), "--format", "pdf,docx,md");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);

        var markdown = File.ReadAllText(_tree.PathOf("out/long.md"));
        Assert.True(markdown.Length > 1_000_000, $"only {markdown.Length} characters of Markdown");
        var pdfText = PdfToText(_tree.PathOf("out/long.pdf"));
        var signOff = pdfText.LastIndexOf("Sign-off", StringComparison.Ordinal);
        Assert.True(signOff > 0, "no Sign-off heading in the PDF text");
        Assert.Contains("Sam Lastreviewer", pdfText[signOff..]);
        Assert.Contains("Dana Facilitator", pdfText[signOff..]);
        var docx = DocxText(_tree.PathOf("out/long.docx"));
        Assert.Contains("Sign-off", docx);
        Assert.Contains("Sam Lastreviewer", docx[docx.LastIndexOf("Sign-off", StringComparison.Ordinal)..]);
    }

    private static string PdfToText(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static string DocxText(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
