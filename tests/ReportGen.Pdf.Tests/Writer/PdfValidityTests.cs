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
}
