using System.Text;
using System.Xml.Linq;
using ReportGen.Pdf.PdfFile;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>The XMP packet is written in one place: a schema of our own added through <see cref="XmpMetadata.Write"/>
/// lands in its own description and in the one PDF/A extension schema list beside PDF/UA's, so PDF/A still accepts it.</summary>
public class XmpMetadataTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace PdfaProperty = "http://www.aiim.org/pdfa/ns/property#";
    private const string Source = "https://example.test/ns/source/1.0/";

    private static XDocument Packet(IReadOnlyList<XmpCustomSchema>? custom = null, bool conformance = true)
    {
        var settings = ReportFixtures.Settings(draft: false);
        var xml = Encoding.UTF8.GetString(XmpMetadata.Write(settings, DocumentInformation.From(settings), conformance, custom));
        return XDocument.Parse(xml[xml.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(xml.LastIndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
    }

    [Fact]
    public void A_schema_of_our_own_is_written_and_described_with_pdf_ua_s_in_one_list()
    {
        var packet = Packet([new XmpCustomSchema("Source fingerprint", Source, "src",
            [new XmpCustomProperty("SourceSha256", "ab12", "SHA-256 of the incident file"), new XmpCustomProperty("Version", "0.1.0", "ReportGen's version")])]);
        var value = packet.Descendants((XNamespace)Source + "SourceSha256").Single();
        Assert.Equal("ab12", value.Value);
        Assert.Equal("0.1.0", packet.Descendants((XNamespace)Source + "Version").Single().Value);
        var lists = packet.Descendants(PdfaSchema + "schema").Select(s => s.Parent!).ToList();
        Assert.Single(packet.Descendants(), e => e.Name.LocalName == "schemas");
        Assert.Equal(["PDF/UA identification schema", "Source fingerprint"], lists.Select(l => l.Element(PdfaSchema + "schema")!.Value));
        var ours = lists[1];
        Assert.Equal(Source, ours.Element(PdfaSchema + "namespaceURI")!.Value);
        Assert.Equal("src", ours.Element(PdfaSchema + "prefix")!.Value);
        Assert.Equal(["SourceSha256", "Version"], ours.Descendants(PdfaProperty + "name").Select(n => n.Value));
        Assert.All(ours.Descendants(PdfaProperty + "valueType"), t => Assert.Equal("Text", t.Value));
    }

    [Fact]
    public void Without_a_claim_or_a_schema_of_our_own_nothing_is_described()
    {
        var packet = Packet(conformance: false);
        Assert.Empty(packet.Descendants(PdfaSchema + "schema"));
        Assert.DoesNotContain(packet.Descendants(), e => e.Name.NamespaceName.Contains("aiim.org", StringComparison.Ordinal));
        Assert.Single(packet.Descendants(Rdf + "Description"), d => d.Elements().Any(e => e.Name.LocalName == "title"));
    }
}
