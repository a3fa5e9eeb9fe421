using ReportGen.Document.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Packaging;
using ReportGen.Docx.Rendering;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx;

/// <summary>Writes a <see cref="ReportDocument"/> as an editable Word document built on named styles, real list
/// numbering, repeating table headers, header/footer fields and a pre-filled table of contents. The output is
/// byte-identical for the same input. One instance serves a whole run and may be used from several threads.</summary>
public sealed class DocxWriter : IDocumentWriter
{
    private readonly DocxWriterOptions _options;
    private readonly ReferenceTemplate? _reference;
    // The styles and settings parts depend on the theme, language and page only: built once per run, not per document.
    private readonly PartCache<(Theme Theme, string Language, double TextWidth)> _styles;
    private readonly PartCache<string> _settings = new(DocumentSettingsFactory.Create, string.Equals);

    /// <summary>A writer with the given options (defaults when null).</summary>
    /// <exception cref="InvalidDataException">The reference document is missing or not a .docx.</exception>
    public DocxWriter(DocxWriterOptions? options = null)
    {
        _options = options ?? new DocxWriterOptions();
        _reference = _options.ReferenceDocxPath is { } path ? ReferenceTemplate.Load(path) : null;
        _styles = new(key => StyleSheet.Create(key.Theme, key.Language, key.TextWidth,
                _reference?.StylesXml is { } xml ? new DocumentFormat.OpenXml.Wordprocessing.Styles(xml) : null),
            (a, b) => ReferenceEquals(a.Theme, b.Theme) && a.Language == b.Language && a.TextWidth.Equals(b.TextWidth));
    }

    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public WriteResult Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var package = new DocxPackage();
        var warnings = Fill(package, document);
        package.Save(output);
        return new WriteResult(0, warnings);
    }

    private IReadOnlyList<Diagnostic> Fill(DocxPackage package, ReportDocument document)
    {
        var settings = document.Settings;
        var page = PageSetup.From(document.Theme, _reference);
        // Relationship ids are given everywhere (named, never random), and parts are added in the order the package's
        // content types list them.
        var body = new Body();
        package.Add(DocxPackage.Root, RelationshipTypes.OfficeDocument, "rIdDocument", DocxPackage.MainDocument, ContentTypes.MainDocument,
            new DocumentFormat.OpenXml.Wordprocessing.Document(body));
        var context = new DocxContext(document, _options, package, body, page.TextWidth);
        context.WriteBlocks(document.Blocks);

        string Clean(string text) => context.Sanitizer.Clean(text);
        const string main = DocxPackage.MainDocument;
        package.Add(main, RelationshipTypes.Styles, "rIdStyles", "/word/styles.xml", ContentTypes.Styles,
            _styles.Get((document.Theme, settings.Language, page.TextWidth)));
        package.Add(main, RelationshipTypes.Numbering, "rIdNumbering", "/word/numbering.xml", ContentTypes.Numbering, context.Numbering.Write);
        package.Add(main, RelationshipTypes.Settings, "rIdSettings", "/word/settings.xml", ContentTypes.Settings,
            _settings.Get(settings.Language));
        if (_reference?.Theme is { } theme)
            package.Add(main, RelationshipTypes.Theme, "rIdTheme", package.UniqueName("/word/theme/", "theme", ".xml", ContentTypes.Theme),
                ContentTypes.Theme, theme);
        package.Add(main, RelationshipTypes.Header, "rIdHeader", package.UniqueName("/word/", "header", ".xml", ContentTypes.Header),
            ContentTypes.Header, HeaderFooter.CreateHeader(settings, page.TextWidth, document.Theme.Sizes.Small,
                DraftWatermark.Create(document.Theme, page.TextWidth), Clean));
        package.Add(main, RelationshipTypes.Footer, "rIdFooter", package.UniqueName("/word/", "footer", ".xml", ContentTypes.Footer),
            ContentTypes.Footer, HeaderFooter.CreateFooter(settings, document.Theme.Sizes.Small, Clean));
        body.AppendChild(page.ToSectionProperties("rIdHeader", "rIdFooter"));

        // Written now, not at save time: cleaning the title may remove characters, and the warning below says so.
        using var core = new MemoryStream();
        CoreProperties.Write(core, settings, Clean);
        package.Add(DocxPackage.Root, RelationshipTypes.CoreProperties, "rIdCore", "/docProps/core.xml", ContentTypes.CoreProperties,
            core.ToArray());
        CustomProperties.Write(package, settings.Source);
        SourceCopy.Write(package, settings.SourceBytes);

        if (context.Sanitizer.HasRemoved)
            context.WarnDocument($"removed characters a Word document cannot hold from the title, header or footer ({context.Sanitizer.TakeRemoved()})");
        return context.Warnings.ToList();
    }
}
