using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.VariantTypes;
using ReportGen.Document;

namespace ReportGen.Docx.Packaging;

/// <summary>The custom properties part (docProps/custom.xml) holding the source fingerprint: Word shows it under
/// File → Properties → Custom, and <c>reportgen verify</c> reads it back.</summary>
internal static class CustomProperties
{
    /// <summary>The format id every user-defined property carries (the OLE "user defined properties" set).</summary>
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>The prefix of each property's name: <c>ReportGen.SourceSha256</c>.</summary>
    public const string NamePrefix = "ReportGen.";

    /// <summary>Adds the part when the document has a fingerprint.</summary>
    public static void Write(DocxPackage package, SourceFingerprint? source)
    {
        if (source is null)
            return;
        var properties = new Properties();
        var id = 2; // property ids start at 2 (0 and 1 are reserved)
        foreach (var (name, value) in source.Properties)
        {
            properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(value))
            {
                FormatId = UserDefinedFormatId, PropertyId = id++, Name = NamePrefix + name,
            });
        }
        package.Add(DocxPackage.Root, RelationshipTypes.CustomProperties, "rIdCustom", "/docProps/custom.xml", ContentTypes.CustomProperties, properties);
    }
}
