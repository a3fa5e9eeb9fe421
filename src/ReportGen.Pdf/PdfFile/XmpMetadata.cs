using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Documents;

namespace ReportGen.Pdf.PdfFile;

/// <summary>The document's XMP metadata packet (the catalog's /Metadata stream): the same title, author, subject,
/// keywords, tools and dates as the document information dictionary, and the source fingerprint in its own namespace.
/// Each schema is one <c>rdf:Description</c>, so PDF/A and PDF/UA identification (<c>pdfaid</c>, <c>pdfuaid</c>) can be
/// added as further descriptions; the fingerprint's namespace is declared in a PDF/A extension schema already, since
/// PDF/A accepts custom properties only when they are described that way.</summary>
internal static class XmpMetadata
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string PdfaExtension = "http://www.aiim.org/pdfa/ns/extension/";
    private const string PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    private const string PdfaProperty = "http://www.aiim.org/pdfa/ns/property#";

    /// <summary>The packet as UTF-8 bytes, wrapped in <c>xpacket</c> processing instructions.</summary>
    public static byte[] Write(DocumentSettings settings, DocumentInformation info)
    {
        var output = new MemoryStream();
        var xmlSettings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(output, xmlSettings))
        {
            xml.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", Rdf);
            DublinCore(xml, settings);
            Description(xml, "xmp", Xmp, [("CreatorTool", info.Creator), ("CreateDate", info.XmpDate), ("ModifyDate", info.XmpDate),
                ("MetadataDate", info.XmpDate)]);
            Description(xml, "pdf", Pdf, settings.Keywords.Count > 0
                ? [("Producer", info.Producer), ("Keywords", info.Keywords)] : [("Producer", info.Producer)]);
            if (settings.Source is { } source)
            {
                Description(xml, SourceFingerprint.XmpPrefix, SourceFingerprint.XmpNamespace, source.Properties.ToArray());
                FingerprintSchema(xml);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            // Room for an editor to update the packet in place, as the XMP specification recommends.
            xml.WriteWhitespace("\n" + new string(' ', 256) + "\n");
            xml.WriteProcessingInstruction("xpacket", "end=\"w\"");
        }
        return output.ToArray();
    }

    private static void DublinCore(XmlWriter xml, DocumentSettings settings)
    {
        Begin(xml, "dc", Dc);
        xml.WriteElementString("dc", "format", Dc, "application/pdf");
        LanguageAlternative(xml, "title", XmlSafe.Text(settings.Title));
        if (settings.Author.Length > 0)
        {
            xml.WriteStartElement("dc", "creator", Dc);
            xml.WriteStartElement("rdf", "Seq", Rdf);
            xml.WriteElementString("rdf", "li", Rdf, XmlSafe.Text(settings.Author));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (settings.Subject.Length > 0)
            LanguageAlternative(xml, "description", XmlSafe.Text(settings.Subject));
        xml.WriteEndElement();
    }

    private static void LanguageAlternative(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dc", name, Dc);
        xml.WriteStartElement("rdf", "Alt", Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("xml", "lang", null, "x-default");
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Description(XmlWriter xml, string prefix, string ns, (string Name, string Value)[] properties)
    {
        Begin(xml, prefix, ns);
        foreach (var (name, value) in properties)
            xml.WriteElementString(prefix, name, ns, XmlSafe.Text(value));
        xml.WriteEndElement();
    }

    private static void Begin(XmlWriter xml, string prefix, string ns)
    {
        xml.WriteStartElement("rdf", "Description", Rdf);
        xml.WriteAttributeString("rdf", "about", Rdf, "");
        xml.WriteAttributeString("xmlns", prefix, null, ns);
    }

    /// <summary>The PDF/A extension schema describing the fingerprint properties (ISO 19005-1 TC2 §6.7.8).</summary>
    private static void FingerprintSchema(XmlWriter xml)
    {
        Begin(xml, "pdfaExtension", PdfaExtension);
        xml.WriteAttributeString("xmlns", "pdfaSchema", null, PdfaSchema);
        xml.WriteAttributeString("xmlns", "pdfaProperty", null, PdfaProperty);
        xml.WriteStartElement("pdfaExtension", "schemas", PdfaExtension);
        xml.WriteStartElement("rdf", "Bag", Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        xml.WriteElementString("pdfaSchema", "schema", PdfaSchema, "ReportGen source fingerprint");
        xml.WriteElementString("pdfaSchema", "namespaceURI", PdfaSchema, SourceFingerprint.XmpNamespace);
        xml.WriteElementString("pdfaSchema", "prefix", PdfaSchema, SourceFingerprint.XmpPrefix);
        xml.WriteStartElement("pdfaSchema", "property", PdfaSchema);
        xml.WriteStartElement("rdf", "Seq", Rdf);
        Property(xml, SourceFingerprint.Names.Source, "SHA-256 of the incident file's bytes (hex)");
        Property(xml, SourceFingerprint.Names.Layout, "SHA-256 of the layout's files, paths and bytes (hex)");
        Property(xml, SourceFingerprint.Names.Version, "Version of ReportGen that rendered the document");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string description)
    {
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        xml.WriteElementString("pdfaProperty", "name", PdfaProperty, name);
        xml.WriteElementString("pdfaProperty", "valueType", PdfaProperty, "Text");
        xml.WriteElementString("pdfaProperty", "category", PdfaProperty, "internal");
        xml.WriteElementString("pdfaProperty", "description", PdfaProperty, description);
        xml.WriteEndElement();
    }
}

/// <summary>The values the document information dictionary and the XMP packet share, computed once so the two can
/// never disagree (PDF/A requires them to match).</summary>
internal sealed record DocumentInformation(string Creator, string Producer, string Keywords, DateTimeOffset Date)
{
    public static DocumentInformation From(DocumentSettings settings) =>
        new("ReportGen", "ReportGen PDF writer", string.Join(", ", settings.Keywords), settings.Created.ToUniversalTime());

    /// <summary>The date as a PDF date string (ISO 32000-1 §7.9.4).</summary>
    public string PdfDate => "D:" + Date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    /// <summary>The same instant as an XMP date.</summary>
    public string XmpDate => Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>User text made safe for XML 1.0: characters XML cannot hold (controls, lone surrogates, U+FFFE/FFFF) are
/// left out rather than failing the whole document.</summary>
internal static class XmlSafe
{
    public static string Text(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var valid = IsValidAt(text, i, out var width);
            if (!valid)
                result ??= new StringBuilder(text.Length).Append(text, 0, i);
            else
                result?.Append(text, i, width);
            i += width - 1;
        }
        return result?.ToString() ?? text;
    }

    private static bool IsValidAt(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }
            return false;
        }
        return c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
    }
}
