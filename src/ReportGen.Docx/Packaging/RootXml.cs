using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportGen.Docx.Packaging;

/// <summary>Saves a part's root element built in code, byte for byte as <see cref="OpenXmlPartRootElement.Save(Stream)"/>
/// does, without that method's first pass over every element of the part looking for namespace declarations to move
/// onto the root: elements built in code carry none (the XML writer declares each namespace where it is first used,
/// under Save too). On a typical report's document.xml that pass was about 4% of the whole write.</summary>
internal static class RootXml
{
    /// <summary>Writes <paramref name="root"/> into <paramref name="stream"/> (closed afterwards, as Save closes it).</summary>
    public static void Save(OpenXmlPartRootElement root, Stream stream)
    {
        // A root with attributes, declarations or markup-compatibility attributes of its own is left to the SDK.
        if (root.HasAttributes || root.NamespaceDeclarations.Any() || root.MCAttributes is not null)
        {
            root.Save(stream);
            return;
        }
        var settings = new XmlWriterSettings { CloseOutput = true, Encoding = new UTF8Encoding(false) };
        using var xml = new SdkXmlWriter(XmlWriter.Create(stream, settings));
        xml.WriteStartElement(root.Prefix, root.LocalName, root.NamespaceUri);
        if (root.HasChildren)
        {
            for (var child = root.FirstChild; child is not null; child = child.NextSibling())
                child.WriteTo(xml);
            xml.WriteFullEndElement();
        }
        else
        {
            xml.WriteEndElement();
        }
        xml.WriteEndDocument();
    }

    /// <summary>Passes everything to an XmlWriter the way the SDK's own part writer does: no text node for an empty
    /// string, and no prefix on a name without a namespace.</summary>
    private sealed class SdkXmlWriter(XmlWriter inner) : XmlWriter
    {
        public override WriteState WriteState => inner.WriteState;
        public override XmlWriterSettings? Settings => inner.Settings;
        public override string? XmlLang => inner.XmlLang;
        public override XmlSpace XmlSpace => inner.XmlSpace;
        public override void Flush() => inner.Flush();
        public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);
        public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);
        public override void WriteCData(string? text) => inner.WriteCData(text);
        public override void WriteCharEntity(char ch) => inner.WriteCharEntity(ch);
        public override void WriteChars(char[] buffer, int index, int count) => inner.WriteChars(buffer, index, count);
        public override void WriteComment(string? text) => inner.WriteComment(text);
        public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);
        public override void WriteEndAttribute() => inner.WriteEndAttribute();
        public override void WriteEndDocument() => inner.WriteEndDocument();
        public override void WriteEndElement() => inner.WriteEndElement();
        public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);
        public override void WriteFullEndElement() => inner.WriteFullEndElement();
        public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text);
        public override void WriteRaw(string data) => inner.WriteRaw(data);
        public override void WriteRaw(char[] buffer, int index, int count) => inner.WriteRaw(buffer, index, count);
        public override void WriteStartDocument() => inner.WriteStartDocument();
        public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);
        public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);
        public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);
        public override void Close() => inner.Close();

        public override void WriteStartElement(string? prefix, string localName, string? ns) =>
            inner.WriteStartElement(string.IsNullOrEmpty(ns) ? "" : prefix ?? "", localName, ns ?? "");

        public override void WriteStartAttribute(string? prefix, string localName, string? ns) =>
            inner.WriteStartAttribute(string.IsNullOrEmpty(ns) ? "" : prefix ?? "", localName, ns ?? "");

        public override void WriteString(string? text)
        {
            if (!string.IsNullOrEmpty(text))
                inner.WriteString(text);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                inner.Dispose();
        }
    }
}
