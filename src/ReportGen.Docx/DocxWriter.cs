using ReportGen.Document.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
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
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private readonly DocxWriterOptions _options;
    private readonly ReferenceTemplate? _reference;

    /// <summary>A writer with the given options (defaults when null).</summary>
    /// <exception cref="InvalidDataException">The reference document is missing or not a .docx.</exception>
    public DocxWriter(DocxWriterOptions? options = null)
    {
        _options = options ?? new DocxWriterOptions();
        _reference = _options.ReferenceDocxPath is { } path ? ReferenceTemplate.Load(path) : null;
    }

    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public WriteResult Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        IReadOnlyList<Diagnostic> warnings;
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: the repack below compresses each part once.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            warnings = Fill(package, document);
        }
        DeterministicZip.Repack(buffer, output);
        return new WriteResult(0, warnings);
    }

    private IReadOnlyList<Diagnostic> Fill(WordprocessingDocument package, ReportDocument document)
    {
        var settings = document.Settings;
        var page = PageSetup.From(document.Theme, _reference);
        // Relationship ids are given everywhere: the SDK's default ids are random, which breaks byte-identical output.
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
        var body = new Body();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        var context = new DocxContext(document, _options, main, body, page.TextWidth);
        context.WriteBlocks(document.Blocks);

        string Clean(string text) => context.Sanitizer.Clean(text);
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Create(document.Theme, settings.Language,
            page.TextWidth, _reference?.StylesXml is { } xml ? new DocumentFormat.OpenXml.Wordprocessing.Styles(xml) : null);
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettingsFactory.Create(settings.Language);
        if (_reference?.Theme is { } theme)
        {
            using var themeStream = new MemoryStream(theme, writable: false);
            main.AddNewPart<ThemePart>("rIdTheme").FeedData(themeStream);
        }
        main.AddNewPart<HeaderPart>("rIdHeader").Header = HeaderFooter.CreateHeader(settings, page.TextWidth,
            document.Theme.Sizes.Small, DraftWatermark.Create(document.Theme, page.TextWidth), Clean);
        main.AddNewPart<FooterPart>("rIdFooter").Footer = HeaderFooter.CreateFooter(settings, document.Theme.Sizes.Small, Clean);
        body.AppendChild(page.ToSectionProperties("rIdHeader", "rIdFooter"));

        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
            CoreProperties.Write(stream, settings, Clean);
        CustomProperties.Write(package, settings.Source);
        SourceCopy.Write(main, settings.SourceBytes);

        if (context.Sanitizer.HasRemoved)
            context.WarnDocument($"removed characters a Word document cannot hold from the title, header or footer ({context.Sanitizer.TakeRemoved()})");
        return context.Warnings.ToList();
    }
}
