using ReportGen.Document;
using ReportGen.Pdf;

namespace ReportGen.Cli.Tests.Render;

/// <summary><c>--format pdf,png</c> draws both from one layout: the files must be exactly those of rendering each
/// format on its own.</summary>
public sealed class PdfAndPngTogetherTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private CliRunner.Result Render(string format)
    {
        var example = Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml");
        var result = CliRunner.Run("render", example, "--out", _tree.PathOf(format.Replace(',', '+')), "--format", format);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
        return result;
    }

    [Fact]
    public void Pdf_and_png_together_write_the_same_bytes_as_each_format_alone()
    {
        var both = Render("pdf,png");
        Render("pdf");
        Render("png");

        var together = _tree.Files("pdf+png");
        var alone = _tree.Files("pdf").Concat(_tree.Files("png")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(alone, together);
        Assert.Contains("checkout-outage.pdf", together);
        Assert.True(together.Count(f => f.EndsWith(".png", StringComparison.Ordinal)) > 1, "expected a multi-page example");
        foreach (var file in together)
        {
            var single = _tree.PathOf((file.EndsWith(".pdf", StringComparison.Ordinal) ? "pdf/" : "png/") + file);
            Assert.True(File.ReadAllBytes(_tree.PathOf("pdf+png/" + file)).SequenceEqual(File.ReadAllBytes(single)), $"{file} differs");
        }
        // The pages come from one layout, listed PDF first as before: "-> out/x.pdf, out/x-p1.png, ... (6 pages)".
        var listed = both.Out.Split(" -> ")[1];
        Assert.Matches(@"^\S*checkout-outage\.pdf, \S*checkout-outage-p1\.png, ", listed);
        Assert.Contains($"({together.Count - 1} pages)", listed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-72)]
    [InlineData(5000)]
    public void The_writer_refuses_an_impossible_resolution_before_writing_anything(double dpi)
    {
        using var writer = new PdfWriter();
        var document = new ReportDocument { Settings = new DocumentSettings { Title = "t" }, Theme = new Theme(), Blocks = [] };
        using var pdf = new MemoryStream();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteWithPngPages(document, pdf, dpi));
        Assert.Equal("dpi", error.ParamName);
        Assert.Equal(0, pdf.Length);
        Assert.Throws<ArgumentNullException>(() => writer.WriteWithPngPages(document, null!, 110));
    }
}
