using ReportGen.Document;
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
            Theme = new ReportGen.Document.Theme { PdfFonts = new("Inter", "Inter", "Liberation Mono") },
        };
        SharedWriter.Pdf(document, out var result);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'Inter'") && w.Message.Contains("Liberation Sans"));
    }

    [Fact]
    public void Margins_that_leave_no_room_are_a_clear_error_not_a_runaway_layout()
    {
        var document = ReportFixtures.Typical() with
        {
            Theme = new ReportGen.Document.Theme { Margins = new(300, 300, 50, 50) },
        };
        var error = Assert.Throws<ArgumentException>(() => SharedWriter.Pdf(document));
        Assert.Contains("margins", error.Message);
    }

    [Fact]
    public void A_damaged_image_becomes_a_placeholder_and_a_warning()
    {
        var broken = new ReportGen.Document.ImageData([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], ReportGen.Document.ImageFormat.Png, 10, 10);
        var document = ReportFixtures.Typical() with
        {
            Blocks = [new ReportGen.Document.FigureBlock("figures/broken.png", "Broken chart", "Error rate chart", broken)],
        };
        var pdf = SharedWriter.Pdf(document, out var result);
        Assert.Contains(result.Warnings, w => w.Message.Contains("figures/broken.png") && w.Message.Contains("damaged"));
        Assert.Contains("Error rate chart", PdfTools.Text(pdf));
    }

    [Fact]
    public void Theme_logo_is_drawn_in_the_title_block()
    {
        var document = ReportFixtures.Typical() with { Theme = new ReportGen.Document.Theme { Logo = TestImages.ErrorRateChart(200, 100) } };
        var layout = SharedWriter.Instance.Paginate(document);
        var logo = Assert.Single(layout.Pages[0].Commands.OfType<ReportGen.Pdf.Engine.ImageCommand>(), i => i.Image == document.Theme.Logo);
        Assert.True(logo.Box.Height <= 36.01f && logo.Box.Right <= layout.Geometry.Width - layout.Geometry.Right + 0.01f);
    }

    [Fact]
    public void Duplicate_anchor_ids_and_links_to_missing_anchors_still_give_a_valid_pdf()
    {
        var document = ReportFixtures.Typical() with
        {
            Blocks =
            [
                Md.H(1, "Same", "same"), Md.P(Md.Link("#same", "to same"), Md.T(" and "), Md.Link("#nowhere", "to nowhere")),
                Md.H(1, "Same", "same"), Md.P("second"),
            ],
        };
        var pdf = SharedWriter.Pdf(document, out var result);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0 && !check.Output.Contains("WARNING"), check.Output + check.Error);
        Assert.Contains("to nowhere", PdfTools.Text(pdf));
        // As in the .docx: the text stays, without a link that would do nothing.
        Assert.Contains(WriterMessages.MissingAnchor("#nowhere"), result.Warnings.Select(w => w.Message));
        Assert.DoesNotContain("nowhere", PdfTools.Run("qpdf", pdf, "--json=2", "--json-key=qpdf", "{pdf}").Output);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'#same' is defined more than once"));
    }
}
