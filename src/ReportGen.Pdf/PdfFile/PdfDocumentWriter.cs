using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes laid-out pages as a PDF file of our own making: page content streams, subset Type 0 fonts with
/// ToUnicode maps, images, link annotations, empty signature fields, named destinations, the outline (bookmarks) from
/// the headings, the document information and XMP metadata. Tagged: the structure tree built from the layout's structure
/// marks, marked content, and what PDF/A-2a and PDF/UA-1 ask besides (language, output intent, identification in the
/// XMP). No clock and no random ids: the same input gives the same bytes.</summary>
internal static class PdfDocumentWriter
{
    /// <param name="layout">The laid-out pages.</param>
    /// <param name="settings">Title, metadata, language.</param>
    /// <param name="tagged">False only to measure what tagging costs (benchmarks): no structure tree.</param>
    public static byte[] Write(PaginatedDocument layout, DocumentSettings settings, bool tagged = true)
    {
        var (file, catalog, info) = Build(layout, settings, tagged);
        return file.Finish(catalog, info);
    }

    /// <summary>Like <see cref="Write(PaginatedDocument, DocumentSettings, bool)"/>, straight into
    /// <paramref name="output"/> (no copy of the file into an array).</summary>
    public static void Write(PaginatedDocument layout, DocumentSettings settings, Stream output, bool tagged = true)
    {
        var (file, catalog, info) = Build(layout, settings, tagged);
        file.Finish(catalog, info, output);
    }

    /// <summary>Every object of the file; the cross-reference stream is left to <c>Finish</c>.</summary>
    private static (PdfFileBuilder File, int Catalog, int Info) Build(PaginatedDocument layout, DocumentSettings settings, bool tagged)
    {
        var file = new PdfFileBuilder(layout.Pages.Count);
        var structure = StructureTree.For(layout, tagged);
        var context = new PdfDocumentContext(file, layout.Images);
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var info = file.Reserve();
        var metadata = file.Reserve();
        var pages = layout.Pages.Select(_ => file.Reserve()).ToArray();
        var geometry = layout.Geometry;
        var outline = new List<OutlineItem>();
        var fields = new SignatureFieldWriter(file);
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var canvas = new PdfCanvas(context, i, geometry.Height, structure);
            foreach (var command in layout.Pages[i].Commands)
            {
                if (command is BookmarkCommand bookmark)
                    outline.Add(new OutlineItem(bookmark.Title, bookmark.Level, i, bookmark.Y));
                else
                    command.Replay(canvas);
            }
            canvas.Finish();
            WritePage(file, context, canvas, pages[i], pageTree, geometry, fields, structure);
        }
        context.Fonts.Write();
        context.Resources.Write();

        var kids = file.Scratch().Ascii("<</Type/Pages/Kids[");
        foreach (var page in pages)
            kids.Reference(page).Space();
        file.Object(pageTree, kids.Ascii("]/Count ").Int(pages.Length).Ascii(">>"));

        var outlineRoot = outline.Count > 0 ? PdfOutlineWriter.Write(file, outline, pages, geometry.Height) : 0;
        // Written before the catalog: both are built in the file's one scratch buffer.
        var form = fields.WriteForm();
        var structureRoot = structure is null ? 0 : StructureTreeWriter.Write(file, structure, pages);
        var outputIntent = structure is null ? 0 : OutputIntent.Write(file);
        var root = file.Scratch().Ascii("<</Type/Catalog/Pages ").Reference(pageTree);
        if (context.Destinations.Count > 0)
        {
            root.Ascii("/Names<</Dests<</Names[");
            foreach (var (name, page, x, y) in context.Destinations.Sorted())
                root.TextString(name).Ascii("[").Reference(pages[page]).Ascii("/XYZ ").Number(x).Space().Number(geometry.Height - y).Ascii(" null]");
            root.Ascii("]>>>>");
        }
        if (outlineRoot > 0)
            root.Ascii("/Outlines ").Reference(outlineRoot).Ascii("/PageMode/UseOutlines");
        if (form > 0)
            root.Ascii("/AcroForm ").Reference(form);
        if (structureRoot > 0)
        {
            // Tagged: the structure tree, the language of the text, and the title (not the file name) in the title bar.
            root.Ascii("/StructTreeRoot ").Reference(structureRoot).Ascii("/MarkInfo<</Marked true>>/Lang")
                .TextString(settings.Language).Ascii("/ViewerPreferences<</DisplayDocTitle true>>");
            // PDF/A: what the device RGB colours mean.
            root.Ascii("/OutputIntents[").Reference(outputIntent).Ascii("]");
        }
        root.Ascii("/Metadata ").Reference(metadata);
        file.Object(catalog, root.Ascii(">>"));
        var information = DocumentInformation.From(settings);
        file.Object(info, Information(file.Scratch(), settings, information));
        // Uncompressed, so that tools which do not parse PDF (and PDF/A validators) can read the packet.
        file.Stream(metadata, "/Type/Metadata/Subtype/XML"u8, XmpMetadata.Write(settings, information, conformance: structure is not null),
            compress: false);
        return (file, catalog, info);
    }

    private static void WritePage(PdfFileBuilder file, PdfDocumentContext context, PdfCanvas canvas, int number, int pageTree,
        PageGeometry geometry, SignatureFieldWriter fields, StructureTree? structure)
    {
        var contents = file.Reserve();
        file.Stream(contents, default, canvas.Content.Bytes.Span);
        var annotations = canvas.Links.Select(link => LinkAnnotation(file, link, geometry.Height, canvas.PageIndex, structure)).ToList();
        annotations.AddRange(canvas.SignatureFields.Select(field => fields.Write(field, number, geometry.Height, canvas.PageIndex, structure))
            .Where(n => n > 0));
        var page = file.Scratch().Ascii("<</Type/Page/Parent ").Reference(pageTree).Ascii("/MediaBox[0 0 ")
            .Number(geometry.Width).Space().Number(geometry.Height).Ascii("]/Resources ").Reference(context.Resources.ObjectNumber)
            .Ascii("/Contents ").Reference(contents);
        if (structure is not null)
        {
            page.Ascii("/StructParents ").Int(canvas.PageIndex);
            // PDF/A: a page with transparency names the colour space it is blended in. Pages share one resource
            // dictionary, so a validator sees any page of a document with transparency somewhere as having it.
            page.Ascii("/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>");
        }
        if (annotations.Count > 0)
        {
            // Tab order follows the structure (PDF/UA asks it of every page with annotations).
            page.Ascii("/Tabs/S/Annots[");
            foreach (var annotation in annotations)
                page.Reference(annotation).Space();
            page.Ascii("]");
        }
        file.CompactObject(number, page.Ascii(">>"));
    }

    /// <summary>Print flag (bit 3): PDF/A wants every annotation printable.</summary>
    private const int PrintFlag = 4;

    private static int LinkAnnotation(PdfFileBuilder file, PageLink link, float pageHeight, int pageIndex, StructureTree? structure)
    {
        var number = file.Reserve();
        var box = link.Box;
        var body = file.Scratch().Ascii("<</Type/Annot/Subtype/Link/Rect[")
            .Numbers(box.X, pageHeight - box.Bottom, box.Right, pageHeight - box.Y).Ascii("]/Border[0 0 0]/F ").Int(PrintFlag);
        if (structure is not null && link.Element is { } element)
        {
            // In the link's structure element, with its text as the description screen readers announce.
            body.Ascii("/StructParent ").Int(structure.Annotation(element, pageIndex, number));
            if (element.Kind.Description is { } description)
                body.Ascii("/Contents").TextString(description);
        }
        if (link.Url is not null && RelativeLink.IsLocalPdf(link.Url))
            // Another PDF beside this one (a review's link to an incident's report): a remote go-to opens it at its first
            // page in any reader, where a relative URI would be resolved differently by each.
            body.Ascii("/A<</S/GoToR/F<</Type/Filespec/F").LiteralBytes(System.Text.Encoding.UTF8.GetBytes(RelativeLink.FilePath(link.Url)))
                .Ascii("/UF").TextString(RelativeLink.FilePath(link.Url)).Ascii(">>/D[0/Fit]/NewWindow true>>");
        else if (link.Url is not null)
            body.Ascii("/A<</S/URI/URI").LiteralBytes(System.Text.Encoding.UTF8.GetBytes(link.Url)).Ascii(">>");
        else
            body.Ascii("/Dest").TextString(link.Destination!);
        file.CompactObject(number, body.Ascii(">>"));
        return number;
    }

    /// <summary>The document information dictionary; <see cref="XmpMetadata"/> writes the same values.</summary>
    private static PdfBytes Information(PdfBytes body, DocumentSettings settings, DocumentInformation information)
    {
        body.Ascii("<</Title").TextString(settings.Title);
        if (settings.Subject.Length > 0)
            body.Ascii("/Subject").TextString(settings.Subject);
        if (settings.Author.Length > 0)
            body.Ascii("/Author").TextString(settings.Author);
        if (settings.Keywords.Count > 0)
            body.Ascii("/Keywords").TextString(information.Keywords);
        body.Ascii("/Creator").TextString(information.Creator).Ascii("/Producer").TextString(information.Producer)
            .Ascii("/CreationDate(").Ascii(information.PdfDate).Ascii(")/ModDate(").Ascii(information.PdfDate).Ascii(")");
        if (settings.Source is { } source)
        {
            foreach (var (name, value) in source.Properties)
                body.Ascii("/ReportGen").Ascii(name).TextString(value);
        }
        return body.Ascii(">>");
    }
}
