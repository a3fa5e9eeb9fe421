namespace ReportGen.Docx.Packaging;

/// <summary>The relationship types of the parts a report's package holds.</summary>
internal static class RelationshipTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>Package → main document.</summary>
    public const string OfficeDocument = Office + "officeDocument";
    /// <summary>Package → core properties.</summary>
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    /// <summary>Package → custom properties.</summary>
    public const string CustomProperties = Office + "custom-properties";
    /// <summary>Main document → styles.</summary>
    public const string Styles = Office + "styles";
    /// <summary>Main document → numbering.</summary>
    public const string Numbering = Office + "numbering";
    /// <summary>Main document → settings.</summary>
    public const string Settings = Office + "settings";
    /// <summary>Main document → theme.</summary>
    public const string Theme = Office + "theme";
    /// <summary>Main document → header.</summary>
    public const string Header = Office + "header";
    /// <summary>Main document → footer.</summary>
    public const string Footer = Office + "footer";
    /// <summary>Main document → image.</summary>
    public const string Image = Office + "image";
    /// <summary>Main document → hyperlink address (external).</summary>
    public const string Hyperlink = Office + "hyperlink";
    /// <summary>Main document → custom XML part.</summary>
    public const string CustomXml = Office + "customXml";
    /// <summary>Custom XML part → its properties.</summary>
    public const string CustomXmlProperties = Office + "customXmlProps";
}
