using ReportGen.Documents;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
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
                foreach (var page in layout.Pages)
                {
                    var canvas = document.BeginPage(layout.Geometry.Width, layout.Geometry.Height);
                    page.ReplayTo(new SkiaCanvas(canvas, typefaces.Get, images));
                    document.EndPage();
                }
                document.Close();
            }
            pdf = buffer.ToArray();
        }

        return pdf; // OUTLINE-PENDING: PdfOutline.Append once e-pdfpost lands
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
        EncodingQuality = 95,
        PdfA = false, // PDF/A makes Skia write a time-based /ID: output would differ run to run
    };
}
