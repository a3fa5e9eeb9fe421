using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Document;

namespace ReportGen.Docx.Packaging;

/// <summary>The core properties part (docProps/core.xml) written by hand: the SDK's package properties would land
/// under a random part name. Dates come from the settings, never from the clock.</summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the XML of the part into <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, DocumentSettings settings, Func<string, string> clean)
    {
        var xmlSettings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var xml = XmlWriter.Create(stream, xmlSettings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, clean(settings.Title));
        Optional(xml, "dc", "subject", Dc, clean(settings.Subject));
        Optional(xml, "dc", "creator", Dc, clean(settings.Author));
        Optional(xml, "cp", "keywords", Cp, clean(string.Join(", ", settings.Keywords)));
        Optional(xml, "dc", "language", Dc, clean(settings.Language));
        Optional(xml, "cp", "lastModifiedBy", Cp, clean(settings.Author));
        var when = settings.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Date(xml, "created", when);
        Date(xml, "modified", when);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Optional(XmlWriter xml, string prefix, string name, string ns, string value)
    {
        if (value.Length > 0)
            xml.WriteElementString(prefix, name, ns, value);
    }

    private static void Date(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dcterms", name, DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
