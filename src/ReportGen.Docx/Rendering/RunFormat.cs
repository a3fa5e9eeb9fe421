using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>The character formatting in force while inlines are written: emphasis nesting, code, links, and a
/// colour imposed by the container (a toned table cell).</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Code = false, bool Link = false,
    string? ColorHex = null, string? SizeHalfPoints = null)
{
    /// <summary>The run properties, or null when the paragraph style says it all.</summary>
    public RunProperties? ToProperties()
    {
        if (!Bold && !Italic && !Code && !Link && ColorHex is null && SizeHalfPoints is null)
            return null;
        var props = new RunProperties();
        if (Code) props.RunStyle = new RunStyle { Val = StyleIds.VerbatimChar };
        else if (Link) props.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
        if (Bold) props.Bold = new Bold();
        if (Italic) props.Italic = new Italic();
        if (ColorHex is not null) props.Color = new Color { Val = ColorHex };
        if (SizeHalfPoints is not null)
        {
            props.FontSize = new FontSize { Val = SizeHalfPoints };
            props.FontSizeComplexScript = new FontSizeComplexScript { Val = SizeHalfPoints };
        }
        return props;
    }
}
