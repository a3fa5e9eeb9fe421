namespace ReportGen.Pdf.PostProcessing;

/// <summary>An image XObject of a finished PDF: its reference and its dictionary (as parsed, with byte ranges).</summary>
internal sealed record PdfImageObject(PdfReference Reference, PdfDictionary Dictionary)
{
    public int Width => Dictionary["Width"] is PdfNumber width ? (int)width.Value : 0;
    public int Height => Dictionary["Height"] is PdfNumber height ? (int)height.Value : 0;
}

/// <summary>Lists the image XObjects the pages of a PDF use directly (in their /Resources /XObject), each once, in page
/// order. Images inside form XObjects are not listed: Skia draws page images directly.</summary>
internal static class PdfImageObjects
{
    public static List<PdfImageObject> Read(PdfFileStructure file, IReadOnlyList<PdfPage> pages)
    {
        var images = new List<PdfImageObject>();
        var seen = new HashSet<int>();
        foreach (var page in pages)
        {
            if (file.ReadObject(page.Reference) is not PdfDictionary pageDictionary
                || pageDictionary["Resources"] is not { } resources
                || file.Resolve(resources) is not PdfDictionary resourceDictionary
                || resourceDictionary["XObject"] is not { } xobjects
                || file.Resolve(xobjects) is not PdfDictionary xobjectDictionary)
                continue;
            foreach (var (_, value) in xobjectDictionary.Entries)
            {
                if (value is PdfReference reference && seen.Add(reference.Number)
                    && file.ReadObject(reference) is PdfDictionary dictionary
                    && dictionary["Subtype"] is PdfName { Value: "Image" })
                    images.Add(new PdfImageObject(reference, dictionary));
            }
        }
        return images;
    }
}
