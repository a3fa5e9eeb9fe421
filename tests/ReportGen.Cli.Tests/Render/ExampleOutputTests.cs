using System.Diagnostics;
using System.IO.Compression;

namespace ReportGen.Cli.Tests.Render;

/// <summary>Every example rendered end to end, checked the way a reader would: the timeline figure is there in both
/// outputs, and the PDF's text is extractable.</summary>
public sealed class ExampleOutputTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in RepoPaths.ExampleFiles)
            data.Add(Path.GetFileName(example));
        return data;
    }

    private string Render(string example)
    {
        var result = CliRunner.Run("render", Path.Combine(RepoPaths.Root, "examples", example), "--out", _tree.Path, "--format", "pdf,docx");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
        return Path.GetFileNameWithoutExtension(example);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_docx_embeds_the_timeline_figure_as_a_picture_with_alt_text(string example)
    {
        var name = Render(example);
        using var zip = ZipFile.OpenRead(_tree.PathOf(name + ".docx"));
        var media = zip.Entries.Where(e => e.FullName.Contains("media/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(media);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("descr=\"Timeline of the incident from", xml); // alt text that says what the picture shows
        Assert.Contains("<pic:pic", xml);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_pdf_draws_the_timeline_figure_with_selectable_text(string example)
    {
        var name = Render(example);
        var text = PdfToText(_tree.PathOf(name + ".pdf"));
        Assert.Contains("Times in ", text);
    }

    private static string PdfToText(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
