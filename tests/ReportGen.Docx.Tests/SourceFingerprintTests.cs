using System.IO.Compression;
using System.Xml.Linq;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>The source fingerprint as a user finds it in the .docx: File → Properties → Custom in Word
/// (docProps/custom.xml) and the short hash in the footer.</summary>
public class SourceFingerprintTests
{
    private static readonly SourceFingerprint Source = new(
        "da708b812679bb55f1e7fe77312db1fc7f0f5191f5ac40e759b0f6eeb8804058",
        "b91414b4bf980d5e07ad017f11d70362947b1395e7b613060cfb0a7eeeb68f16", "0.1.0");

    private static ReportDocument WithSource() =>
        PostmortemFixture.Create() is var d ? d with { Settings = d.Settings with { Source = Source } } : null!;

    [Fact]
    public void The_custom_properties_part_holds_the_fingerprint_under_docProps()
    {
        using var docx = DocxFile.Write(WithSource());
        using var zip = new ZipArchive(new MemoryStream(docx.Bytes));
        using var stream = zip.GetEntry("docProps/custom.xml")!.Open();
        var xml = XDocument.Load(stream);
        XNamespace ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
        var properties = xml.Root!.Elements(ns + "property").ToDictionary(p => (string)p.Attribute("name")!, p => p.Value);
        Assert.Equal(Source.SourceSha256, properties["ReportGen.SourceSha256"]);
        Assert.Equal(Source.LayoutSha256, properties["ReportGen.LayoutSha256"]);
        Assert.Equal("0.1.0", properties["ReportGen.Version"]);
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void The_footer_prints_the_short_source_hash_in_small_print()
    {
        using var docx = DocxFile.Write(WithSource());
        var footer = docx.Main.FooterParts.Single().Footer!;
        var small = footer.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Last();
        Assert.Equal("Source da708b812679 · ReportGen 0.1.0", DocxFile.TextOf(small));
        Assert.Equal("14", small.Descendants<DocumentFormat.OpenXml.Wordprocessing.FontSize>().Single().Val!.Value); // 0.8 x 8.5 pt
    }

    [Fact]
    public void A_document_without_a_source_has_no_custom_properties_and_one_footer_line()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        Assert.Null(docx.Package.CustomFilePropertiesPart);
        Assert.Single(docx.Main.FooterParts.Single().Footer!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>());
    }

    [Fact]
    public void The_fingerprint_keeps_the_package_byte_identical_run_to_run()
    {
        using var one = DocxFile.Write(WithSource());
        using var two = DocxFile.Write(WithSource());
        Assert.Equal(one.Bytes, two.Bytes);
    }
}
