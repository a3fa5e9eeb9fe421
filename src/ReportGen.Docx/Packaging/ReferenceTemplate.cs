using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Packaging;

/// <summary>What we take from an organisation's reference .docx, read once and kept as immutable text so every
/// thread can rebuild its own elements: the styles, the theme (its fonts and colours), page size and margins.</summary>
internal sealed class ReferenceTemplate
{
    private ReferenceTemplate(string? stylesXml, byte[]? theme, string? sectionXml)
    {
        StylesXml = stylesXml;
        Theme = theme;
        SectionXml = sectionXml;
    }

    /// <summary>The template's <c>w:styles</c> element as XML, or null when it has none.</summary>
    public string? StylesXml { get; }
    /// <summary>The template's theme part bytes, or null.</summary>
    public byte[]? Theme { get; }
    /// <summary>The template's last <c>w:sectPr</c> (page size and margins) as XML, or null.</summary>
    public string? SectionXml { get; }

    /// <summary>Reads a reference document.</summary>
    /// <exception cref="InvalidDataException">The file is missing or is not a Word document; the message says which.</exception>
    public static ReferenceTemplate Load(string path) =>
        Read(path) ?? throw new InvalidDataException($"reference document '{path}' has no main document part; is it a .docx?");

    private static ReferenceTemplate? Read(string path)
    {
        if (!File.Exists(path))
            throw new InvalidDataException($"reference document '{path}' does not exist");
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            if (document.MainDocumentPart is not { } main)
                return null;
            byte[]? theme = null;
            if (main.ThemePart is { } themePart)
            {
                using var stream = themePart.GetStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                theme = copy.ToArray();
            }
            var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            return new ReferenceTemplate(
                main.StyleDefinitionsPart?.Styles?.OuterXml,
                theme,
                section?.OuterXml);
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or FormatException or InvalidDataException or System.Xml.XmlException
            or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new InvalidDataException($"reference document '{path}' cannot be read as a .docx: {e.Message}", e);
        }
    }
}
