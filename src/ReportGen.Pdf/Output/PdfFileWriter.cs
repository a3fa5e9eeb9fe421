using ReportGen.Documents;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Replays laid-out pages into a Skia PDF with subset fonts and fixed metadata, then appends the outline
/// (bookmarks) from the headings as an incremental update. The same input gives the same bytes.</summary>
internal static class PdfFileWriter
{
    public static byte[] Write(LaidOutDocument layout, DocumentSettings settings)
    {
        byte[] pdf;
        using (var typefaces = new SubsetTypefaces(layout.Pages))
        using (var images = new ImageCache())
        using (var buffer = new MemoryStream())
        {
            using (var document = SKDocument.CreatePdf(buffer, Metadata(settings)))
            {
                var defined = new HashSet<string>(StringComparer.Ordinal);
                foreach (var page in layout.Pages)
                {
                    var canvas = new SkiaCanvas(document.BeginPage(layout.Geometry.Width, layout.Geometry.Height),
                        typefaces.Get, images);
                    // A name defined twice would be a duplicate key in the PDF's /Dests: the first one wins.
                    foreach (var command in page.Commands)
                        if (command is not DestinationCommand destination || defined.Add(destination.Name))
                            command.Replay(canvas);
                    document.EndPage();
                }
                document.Close();
            }
            pdf = buffer.ToArray();
        }

        var outline = Outline(layout.Pages);
        if (outline.Count == 0)
            return pdf;
        using var updatable = new MemoryStream();
        updatable.Write(pdf);
        PdfOutline.Append(updatable, outline);
        return updatable.ToArray();
    }

    private static SKDocumentPdfMetadata Metadata(DocumentSettings settings) => new()
    {
        Title = settings.Title,
        Subject = settings.Subject,
        Author = settings.Author,
        Keywords = string.Join(", ", settings.Keywords),
        Creator = "ReportGen",
        Producer = "ReportGen PDF writer (SkiaSharp)",
        Creation = settings.Created.UtcDateTime,
        Modified = settings.Created.UtcDateTime,
        RasterDpi = 150,
        EncodingQuality = 101, // images stay lossless (charts and screenshots have sharp edges)
        PdfA = false, // PDF/A makes Skia write a time-based /ID: output would differ run to run
    };

    private static List<OutlineItem> Outline(IReadOnlyList<RecordingCanvas> pages)
    {
        var items = new List<OutlineItem>();
        for (var i = 0; i < pages.Count; i++)
            foreach (var bookmark in pages[i].Commands.OfType<BookmarkCommand>())
                items.Add(new OutlineItem(bookmark.Title, bookmark.Level, i, bookmark.Y));
        return items;
    }
}
