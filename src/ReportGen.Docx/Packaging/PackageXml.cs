using System.Text;
using System.Xml;

namespace ReportGen.Docx.Packaging;

/// <summary>The XML of the package's own files (content types, relationships), written as System.IO.Packaging writes
/// them: UTF-8 with a byte order mark, an XML declaration, attributes in its order.</summary>
internal static class PackageXml
{
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Encoding.UTF8 writes the byte order mark, as System.IO.Packaging's writers do.
    private static XmlWriterSettings Settings() => new() { Encoding = Encoding.UTF8, CloseOutput = false };

    /// <summary>Writes <c>[Content_Types].xml</c>.</summary>
    public static void WriteContentTypes(Stream stream, IEnumerable<(string Extension, string ContentType)> defaults,
        IEnumerable<(string PartName, string ContentType)> overrides)
    {
        using var xml = XmlWriter.Create(stream, Settings());
        xml.WriteStartDocument();
        xml.WriteStartElement("Types", ContentTypesNamespace);
        foreach (var (extension, contentType) in defaults)
        {
            xml.WriteStartElement("Default", ContentTypesNamespace);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
        foreach (var (partName, contentType) in overrides)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", partName);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes a relationships part.</summary>
    public static void WriteRelationships(Stream stream, IEnumerable<Relationship> relationships)
    {
        using var xml = XmlWriter.Create(stream, Settings());
        xml.WriteStartDocument();
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Type", relationship.Type);
            xml.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
                xml.WriteAttributeString("TargetMode", "External");
            xml.WriteAttributeString("Id", relationship.Id);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
