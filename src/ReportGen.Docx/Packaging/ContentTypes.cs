namespace ReportGen.Docx.Packaging;

/// <summary>The package's <c>[Content_Types].xml</c>, built as System.IO.Packaging builds it: the first part with a new
/// extension makes that extension's default content type; a later part whose type differs from its extension's
/// default gets an override of its own. Defaults and overrides keep the order their parts were added in.</summary>
internal sealed class ContentTypes
{
    /// <summary>The zip entry name of the content types.</summary>
    public const string EntryName = "[Content_Types].xml";

    /// <summary>The main document part.</summary>
    public const string MainDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /// <summary>The styles part.</summary>
    public const string Styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    /// <summary>The numbering part.</summary>
    public const string Numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    /// <summary>The settings part.</summary>
    public const string Settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    /// <summary>A header part.</summary>
    public const string Header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    /// <summary>A footer part.</summary>
    public const string Footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    /// <summary>The theme part.</summary>
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    /// <summary>The core properties part.</summary>
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    /// <summary>The custom properties part.</summary>
    public const string CustomProperties = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    /// <summary>A custom XML part.</summary>
    public const string CustomXml = "application/xml";
    /// <summary>A custom XML part's properties.</summary>
    public const string CustomXmlProperties = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    /// <summary>A relationships part.</summary>
    public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
    /// <summary>A PNG image.</summary>
    public const string Png = "image/png";
    /// <summary>A JPEG image.</summary>
    public const string Jpeg = "image/jpeg";
    /// <summary>An SVG image.</summary>
    public const string Svg = "image/svg+xml";

    private readonly List<(string Extension, string ContentType)> _defaults = [];
    private readonly List<(string PartName, string ContentType)> _overrides = [];

    /// <summary>Records the content type of a part (a name like <c>/word/document.xml</c>).</summary>
    public void Add(string partName, string contentType)
    {
        var dot = partName.LastIndexOf('.');
        var extension = dot > partName.LastIndexOf('/') ? partName[(dot + 1)..] : "";
        var known = _defaults.FindIndex(d => string.Equals(d.Extension, extension, StringComparison.OrdinalIgnoreCase));
        if (extension.Length == 0 || (known >= 0 && !string.Equals(_defaults[known].ContentType, contentType, StringComparison.OrdinalIgnoreCase)))
            _overrides.Add((partName, contentType));
        else if (known < 0)
            _defaults.Add((extension, contentType));
    }

    /// <summary>Writes the XML of <c>[Content_Types].xml</c>.</summary>
    public void Write(Stream stream) => PackageXml.WriteContentTypes(stream, _defaults, _overrides);
}
