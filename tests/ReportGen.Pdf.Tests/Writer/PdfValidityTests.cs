using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

public class PdfValidityTests
{
    [Fact]
    public void Typical_report_passes_qpdf_check()
    {
        var pdf = SharedWriter.Pdf(ReportFixtures.Typical(), out var result);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "typical.pdf"), pdf);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.True(result.Pages >= 2, $"expected the 60-row table to span pages, got {result.Pages}");
    }

    [Fact]
    public void Dense_hundred_page_report_passes_qpdf_check()
    {
        var pdf = SharedWriter.Pdf(StressFixtures.Dense(85), out var result);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "dense.pdf"), pdf);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.InRange(result.Pages, 90, 130);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_theme_naming_fonts_the_writer_does_not_ship_gets_a_warning()
    {
        var document = ReportFixtures.Typical() with
        {
            Theme = new ReportGen.Documents.Theme { PdfFonts = new("Inter", "Inter", "Liberation Mono") },
        };
        SharedWriter.Pdf(document, out var result);
        Assert.Contains(result.Warnings, w => w.Contains("'Inter'") && w.Contains("Liberation Sans"));
    }
}
