using System.Xml.Linq;
using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>The source fingerprint as a user finds it in the PDF: XMP metadata, the document information poppler
/// lists, and the short hash printed at the foot of every page.</summary>
public sealed class SourceFingerprintTests
{
    private static readonly SourceFingerprint Source = new(
        "da708b812679bb55f1e7fe77312db1fc7f0f5191f5ac40e759b0f6eeb8804058",
        "b91414b4bf980d5e07ad017f11d70362947b1395e7b613060cfb0a7eeeb68f16", "0.1.0");

    private static readonly XNamespace Fp = SourceFingerprint.XmpNamespace;
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static ReportDocument WithSource(ReportDocument document) =>
        document with { Settings = document.Settings with { Source = Source } };

    private static XDocument Xmp(byte[] pdf)
    {
        var meta = PdfTools.Run("pdfinfo", pdf, "-meta", "{pdf}");
        Assert.True(meta.ExitCode == 0, meta.Error);
        return XDocument.Parse(meta.Output.Trim());
    }

    [Fact]
    public void The_xmp_metadata_holds_the_fingerprint_and_the_same_title_and_author_as_the_document_information()
    {
        var document = WithSource(ReportFixtures.Typical(draft: false));
        var xmp = Xmp(SharedWriter.Pdf(document));
        Assert.Equal(Source.SourceSha256, xmp.Descendants(Fp + "SourceSha256").Single().Value);
        Assert.Equal(Source.LayoutSha256, xmp.Descendants(Fp + "LayoutSha256").Single().Value);
        Assert.Equal("0.1.0", xmp.Descendants(Fp + "Version").Single().Value);
        Assert.Equal(document.Settings.Title, xmp.Descendants(Dc + "title").Single().Value);
        Assert.Equal(document.Settings.Author, xmp.Descendants(Dc + "creator").Single().Value);
        // PDF/A accepts a custom namespace only when an extension schema describes it.
        Assert.Contains(xmp.Descendants(XName.Get("namespaceURI", "http://www.aiim.org/pdfa/ns/schema#")),
            e => e.Value == SourceFingerprint.XmpNamespace);
    }

    [Fact]
    public void The_document_information_lists_the_fingerprint()
    {
        var custom = PdfTools.Run("pdfinfo", SharedWriter.Pdf(WithSource(ReportFixtures.Typical())), "-custom", "{pdf}");
        Assert.Contains("ReportGenSourceSha256:" + Source.SourceSha256, custom.Output);
        Assert.Contains("ReportGenLayoutSha256:" + Source.LayoutSha256, custom.Output);
        Assert.Contains("ReportGenVersion:0.1.0", custom.Output);
    }

    [Fact]
    public void Every_page_prints_the_short_source_hash_in_its_footer()
    {
        var pdf = SharedWriter.Pdf(WithSource(ReportFixtures.Typical()));
        var pages = PdfTools.Text(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Contains("Source da708b812679 · ReportGen 0.1.0", page));
        Assert.DoesNotContain("da708b8126790", PdfTools.Text(pdf)); // twelve digits, no more
    }

    [Fact]
    public void A_document_without_a_source_records_none_but_still_has_consistent_metadata()
    {
        var pdf = SharedWriter.Pdf(ReportFixtures.Typical());
        Assert.Empty(Xmp(pdf).Descendants(Fp + "SourceSha256"));
        Assert.DoesNotContain("ReportGen 0.1.0", PdfTools.Text(pdf));
        Assert.DoesNotContain("ReportGenSourceSha256", PdfTools.Run("pdfinfo", pdf, "-custom", "{pdf}").Output);
    }

    [Fact]
    public void Text_that_xml_cannot_hold_is_left_out_of_the_metadata_instead_of_breaking_it()
    {
        var document = ReportFixtures.Typical();
        document = document with { Settings = document.Settings with { Title = "Bell\u0007 and \uFFFF non-character" } };
        var xmp = Xmp(SharedWriter.Pdf(WithSource(document)));
        Assert.Equal("Bell and  non-character", xmp.Descendants(Dc + "title").Single().Value);
    }
}
