using ReportGen.Document.Diagnostics;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition;

/// <summary>A document laid out into recorded pages, with the warnings the layout produced.</summary>
internal sealed record PaginatedDocument(IReadOnlyList<RecordingCanvas> Pages, PageGeometry Geometry,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>What was found about the images the pages draw (the file writers embed only sound ones).</summary>
    public Output.ImageInspector? Images { get; init; }

    /// <summary>What the pages' structure marks are in a tagged PDF.</summary>
    public StructureTypes? Structure { get; init; }
}

/// <summary>Turns a <see cref="ReportDocument"/> into pages: every block, in the page template. With a table of
/// contents the pages are laid out twice: the first pass finds the page of each heading, the second reuses the same
/// elements (reset) with the page numbers filled in.</summary>
internal static class DocumentPaginator
{
    public static PaginatedDocument Paginate(ReportDocument document, FontLibrary fonts, Output.ImageInspector? images = null)
    {
        var context = new RenderContext(document, fonts) { Images = images ?? new Output.ImageInspector() };
        var content = BlockComposer.Column(document.Blocks, context);
        var template = PageDecorations.Template(context);
        var contents = document.Blocks.Any(b => b is TableOfContentsBlock);
        var pages = template.Render(content, decorate: !contents);
        if (contents)
        {
            context.DestinationPages = DestinationPages(pages);
            pages = template.Render(content); // Render resets the elements first
        }
        // Found on the laid-out pages, where blocks are no longer known: about the document as a whole.
        var whole = new List<string>(LinkCheck.Problems(pages));
        whole.AddRange(SignatureFieldCheck.Problems(pages));
        var fontSet = document.Theme.PdfFonts;
        var unknown = new[] { fontSet.Body, fontSet.Heading, fontSet.Mono }
            .Where(f => !FontLibrary.ShippedFamilies.Contains(f, StringComparer.OrdinalIgnoreCase)).Distinct().ToList();
        if (unknown.Count > 0)
            whole.Add($"the theme names PDF font(s) {string.Join(", ", unknown.Select(f => $"'{f}'"))}; the PDF writer " +
                "ships Liberation Sans and Liberation Mono and used those");
        if (context.Missing.ToWarning() is { } missing)
            whole.Add(missing);
        if (context.Unshowable.HasRemoved)
            whole.Add($"removed characters no document can show ({context.Unshowable.TakeRemoved()})");
        ImageGuard.Apply(pages, context.Images, whole); // logos, images inside SVGs: a placeholder, not a stall
        var warnings = new List<Diagnostic>(context.Warnings);
        warnings.AddRange(whole.Select(w => WriterWarning.For(document, null, w)));
        return new PaginatedDocument(pages, context.Geometry, warnings)
        {
            Images = context.Images, Structure = new StructureTypes(document),
        };
    }

    private static Dictionary<string, int> DestinationPages(IReadOnlyList<RecordingCanvas> pages)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            foreach (var destination in pages[i].Commands.OfType<DestinationCommand>())
                result.TryAdd(destination.Name, i + 1);
        return result;
    }
}
