using ReportGen.Documents;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Replays laid-out pages into a Skia PDF with subset fonts and fixed metadata, then appends one incremental
/// update: the outline (bookmarks) from the headings and the PNG images passed through as they are. The same input
/// gives the same bytes.</summary>
internal static class PdfFileWriter
{
    public static byte[] Write(LaidOutDocument layout, DocumentSettings settings)
    {
        using var buffer = new MemoryStream();
        Write(layout, settings, buffer);
        return buffer.ToArray();
    }

    public static void Write(LaidOutDocument layout, DocumentSettings settings, Stream output)
    {
        var outline = Outline(layout.Pages);
        if (!TryWrite(layout, settings, output, PassThroughImages.Collect(layout.Pages), outline))
            TryWrite(layout, settings, output, PassThroughImages.None, outline); // Skia draws the images its own way
    }

    /// <summary>Renders and writes the file; false (nothing written) when a passed-through image's stand-in cannot be
    /// found in Skia's output.</summary>
    private static bool TryWrite(LaidOutDocument layout, DocumentSettings settings, Stream output, PassThroughImages images,
        List<OutlineItem> outline)
    {
        var pdf = Render(layout, settings, images);
        if (outline.Count == 0 && images.IsEmpty)
        {
            output.Write(pdf);
            return true;
        }
        var file = PdfFileStructure.Read(pdf);
        var document = PdfDocumentParts.Read(file);
        var update = new PdfIncrementalUpdate(file);
        if (!images.AddReplacements(update, document))
            return false;
        if (outline.Count > 0)
            PdfOutline.AddTo(update, document, outline);
        output.Write(pdf);
        update.WriteTo(output);
        return true;
    }

    private static byte[] Render(LaidOutDocument layout, DocumentSettings settings, PassThroughImages passThrough)
    {
        using var typefaces = new SubsetTypefaces(layout.Pages);
        using var images = new ImageCache();
        passThrough.SubstituteStandIns(images);
        // A native stream: a managed one would be called back (and copied into) for every small write Skia makes.
        using var buffer = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(buffer, Metadata(settings)))
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var page in layout.Pages)
            {
                using var canvas = new SkiaCanvas(document.BeginPage(layout.Geometry.Width, layout.Geometry.Height),
                    typefaces.Get, images);
                // A name defined twice would be a duplicate key in the PDF's /Dests: the first one wins.
                foreach (var command in page.Commands)
                    if (command is not DestinationCommand destination || defined.Add(destination.Name))
                        command.Replay(canvas);
                document.EndPage();
            }
            document.Close();
        }
        var pdf = new byte[buffer.BytesWritten];
        buffer.CopyTo(pdf);
        return pdf;
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
            foreach (var command in pages[i].Commands)
                if (command is BookmarkCommand bookmark)
                    items.Add(new OutlineItem(bookmark.Title, bookmark.Level, i, bookmark.Y));
        return items;
    }
}
