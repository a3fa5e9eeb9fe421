using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Document;

namespace ReportGen.Pdf.PdfFile;

/// <summary>The document's XMP metadata packet (the catalog's /Metadata stream): the same title, author, subject,
/// keywords, tools and dates as the document information dictionary, and the PDF/A-2a and PDF/UA-1 identification
/// (<c>pdfaid</c>, <c>pdfuaid</c>), and the source fingerprint in its own namespace. Each schema is one
/// <c>rdf:Description</c>. PDF/A accepts properties outside its
/// predefined schemas only when a PDF/A extension schema describes them, so <c>pdfuaid</c> is described that way.</summary>
internal static class XmpMetadata
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string PdfaExtension = "http://www.aiim.org/pdfa/ns/extension/";
    private const string PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    private const string PdfaProperty = "http://www.aiim.org/pdfa/ns/property#";
    private const string PdfaId = "http://www.aiim.org/pdfa/ns/id/";
    private const string PdfuaId = "http://www.aiim.org/pdfua/ns/id/";

    /// <summary>PDF/UA's identification (<c>pdfuaid:part 1</c>): outside PDF/A's predefined schemas, so described.</summary>
    private static readonly XmpCustomSchema PdfUaIdentification = new("PDF/UA identification schema", PdfuaId, "pdfuaid",
        [new XmpCustomProperty("part", "1", "PDF/UA version identifier", "Integer", "internal")]);

    /// <summary>The packet as UTF-8 bytes, wrapped in <c>xpacket</c> processing instructions.</summary>
    /// <param name="settings">Title, author, subject, keywords.</param>
    /// <param name="info">The values shared with the document information dictionary.</param>
    /// <param name="conformance">True for a tagged file: it claims PDF/A-2a and PDF/UA-1.</param>
    /// <param name="custom">Further properties in schemas of our own (e.g. where the report came from): each schema is
    /// written as its own description and described in the packet's one PDF/A extension schema list. Add properties
    /// here rather than writing XMP anywhere else: PDF/A rejects a property no extension schema describes.</param>
    public static byte[] Write(DocumentSettings settings, DocumentInformation info, bool conformance = true,
        IReadOnlyList<XmpCustomSchema>? custom = null)
    {
        List<XmpCustomSchema> schemas = [.. conformance ? [PdfUaIdentification] : Array.Empty<XmpCustomSchema>(), .. custom ?? []];
        if (settings.Source is { } source)
            schemas.Add(Fingerprint(source));
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
            if (conformance)
                Description(xml, "pdfaid", PdfaId, [("part", "2"), ("conformance", "A")]);
            foreach (var schema in schemas)
                Description(xml, schema.Prefix, schema.Namespace, [.. schema.Properties.Select(p => (p.Name, p.Value))]);
            if (schemas.Count > 0)
                ExtensionSchemas(xml, schemas);
            xml.WriteEndElement();
            xml.WriteEndElement();
            // Room for an editor to update the packet in place, as the XMP specification recommends.
            xml.WriteWhitespace("\n" + new string(' ', 256) + "\n");
            xml.WriteProcessingInstruction("xpacket", "end=\"w\"");
        }
        return output.ToArray();
    }

    /// <summary>Where the report came from (<c>reportgen verify</c> reads it back): the source fingerprint's schema.</summary>
    private static XmpCustomSchema Fingerprint(SourceFingerprint source) => new("ReportGen source fingerprint",
        SourceFingerprint.XmpNamespace, SourceFingerprint.XmpPrefix,
        [
            new XmpCustomProperty(SourceFingerprint.Names.Source, source.SourceSha256, "SHA-256 of the incident file's bytes (hex)"),
            new XmpCustomProperty(SourceFingerprint.Names.Layout, source.LayoutSha256, "SHA-256 of the layout's files, paths and bytes (hex)"),
            new XmpCustomProperty(SourceFingerprint.Names.Version, source.Version, "Version of ReportGen that rendered the document"),
        ]);

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

    /// <summary>The PDF/A extension schemas (ISO 19005-2 §6.6.2.3.2) of the properties outside PDF/A's predefined
    /// schemas, all in one list.</summary>
    private static void ExtensionSchemas(XmlWriter xml, IEnumerable<XmpCustomSchema> schemas)
    {
        Begin(xml, "pdfaExtension", PdfaExtension);
        xml.WriteAttributeString("xmlns", "pdfaSchema", null, PdfaSchema);
        xml.WriteAttributeString("xmlns", "pdfaProperty", null, PdfaProperty);
        xml.WriteStartElement("pdfaExtension", "schemas", PdfaExtension);
        xml.WriteStartElement("rdf", "Bag", Rdf);
        foreach (var schema in schemas)
            Schema(xml, schema);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Schema(XmlWriter xml, XmpCustomSchema schema)
    {
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        xml.WriteElementString("pdfaSchema", "schema", PdfaSchema, schema.Name);
        xml.WriteElementString("pdfaSchema", "namespaceURI", PdfaSchema, schema.Namespace);
        xml.WriteElementString("pdfaSchema", "prefix", PdfaSchema, schema.Prefix);
        xml.WriteStartElement("pdfaSchema", "property", PdfaSchema);
        xml.WriteStartElement("rdf", "Seq", Rdf);
        foreach (var property in schema.Properties)
            Property(xml, property.Name, property.ValueType, property.Category, property.Description);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string type, string category, string description)
    {
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        xml.WriteElementString("pdfaProperty", "name", PdfaProperty, name);
        xml.WriteElementString("pdfaProperty", "valueType", PdfaProperty, type);
        xml.WriteElementString("pdfaProperty", "category", PdfaProperty, category);
        xml.WriteElementString("pdfaProperty", "description", PdfaProperty, description);
        xml.WriteEndElement();
    }
}

/// <summary>A schema of our own in the XMP packet (<see cref="XmpMetadata.Write"/>): its name, namespace and prefix, and
/// its properties, which the packet both holds and describes for PDF/A.</summary>
internal sealed record XmpCustomSchema(string Name, string Namespace, string Prefix, IReadOnlyList<XmpCustomProperty> Properties);

/// <summary>One property of an <see cref="XmpCustomSchema"/>: its value and how PDF/A's extension schema describes it
/// (<c>valueType</c> <c>Text</c>, <c>Integer</c>…; <c>category</c> <c>internal</c> for values a program derives,
/// <c>external</c> for values a person may edit).</summary>
internal sealed record XmpCustomProperty(string Name, string Value, string Description, string ValueType = "Text", string Category = "internal");

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
