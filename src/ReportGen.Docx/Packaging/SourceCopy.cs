using System.Text;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Docx.Packaging;

/// <summary>The incident file the report was made from, carried inside the .docx as a custom XML part
/// (<c>customXml/item.xml</c>: the file's bytes in base64, so every byte, line ending and BOM comes back exactly,
/// with their SHA-256), so <c>reportgen import</c> can read an edited copy back with no file beside it. Custom XML
/// parts are kept by a LibreOffice re-save (tested) and by Word (its data store); neither shows anything of them. The
/// part's item id is fixed, so the same input gives the same bytes.</summary>
public static class SourceCopy
{
    /// <summary>The XML namespace of the part's root element.</summary>
    public const string Namespace = ReportGen.Document.SourceFingerprint.XmpNamespace;

    /// <summary>The root element's local name.</summary>
    public const string Element = "incident-file";

    private const string ItemId = "{5E0C8E1A-4F2B-4C55-9D6A-52E90A7F3C01}";

    /// <summary>Adds the part (related to the main document) when there are bytes to carry.</summary>
    internal static void Write(DocxPackage package, byte[]? bytes)
    {
        if (bytes is null) return;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var head = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<{Element} xmlns=\"{Namespace}\" sha256=\"{sha}\" encoding=\"base64\">");
        var item = package.UniqueName("/customXml/", "item", ".xml", ContentTypes.CustomXml);
        package.Add(DocxPackage.MainDocument, RelationshipTypes.CustomXml, "rIdSource", item, ContentTypes.CustomXml, stream =>
        {
            stream.Write(head);
            WriteBase64(stream, bytes);
            stream.Write(Encoding.UTF8.GetBytes($"</{Element}>"));
        });
        var properties = package.UniqueName("/customXml/", "itemProps", ".xml", ContentTypes.CustomXmlProperties);
        package.Add(item, RelationshipTypes.CustomXmlProperties, "rIdProps", properties, ContentTypes.CustomXmlProperties,
            new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = Namespace })) { ItemId = ItemId });
    }

    /// <summary>The bytes in base64 (no line breaks), encoded a block at a time into the part's stream instead of
    /// through a string several times the file's size.</summary>
    private static void WriteBase64(Stream stream, byte[] bytes)
    {
        Span<byte> encoded = stackalloc byte[4096];
        var source = bytes.AsSpan();
        while (source.Length > 0)
        {
            var take = Math.Min(source.Length, 3072); // a multiple of 3: no padding before the last block
            System.Buffers.Text.Base64.EncodeToUtf8(source[..take], encoded, out _, out var written, isFinalBlock: take == source.Length);
            stream.Write(encoded[..written]);
            source = source[take..];
        }
    }

    /// <summary>The bytes carried by <paramref name="main"/>, or null when it carries none. A part whose bytes do not
    /// hash to the SHA-256 written beside them (damaged or altered) counts as none; <paramref name="problem"/> says so.</summary>
    public static byte[]? Read(MainDocumentPart main, out string? problem)
    {
        problem = null;
        foreach (var part in main.CustomXmlParts)
        {
            System.Xml.Linq.XElement root;
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                root = System.Xml.Linq.XElement.Load(stream);
            }
            catch (System.Xml.XmlException) { continue; }
            if (root.Name != System.Xml.Linq.XName.Get(Element, Namespace)) continue;
            byte[] bytes;
            try { bytes = Convert.FromBase64String(root.Value.Trim()); }
            catch (FormatException) { problem = "its copy of the incident file is not valid base64"; return null; }
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            if (!string.Equals(sha, (string?)root.Attribute("sha256"), StringComparison.OrdinalIgnoreCase))
            {
                problem = "its copy of the incident file does not match the SHA-256 written with it (damaged or altered)";
                return null;
            }
            return bytes;
        }
        return null;
    }
}
