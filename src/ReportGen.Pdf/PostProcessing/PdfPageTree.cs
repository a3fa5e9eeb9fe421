namespace ReportGen.Pdf.PostProcessing;

/// <summary>A page of a PDF: its object reference and its MediaBox in user space.</summary>
internal sealed record PdfPage(PdfReference Reference, float Left, float Bottom, float Right, float Top);

/// <summary>Lists the pages of a PDF in reading order by walking the page tree from the catalog.</summary>
internal static class PdfPageTree
{
    private const int MaxDepth = 32;

    /// <summary>The pages under the catalog's /Pages node, first to last.</summary>
    public static IReadOnlyList<PdfPage> Read(PdfFileStructure file, PdfDictionary catalog)
    {
        if (catalog["Pages"] is not PdfReference root)
        {
            throw new InvalidDataException("The PDF catalog has no /Pages reference.");
        }

        var pages = new List<PdfPage>();
        Walk(file, root, inheritedMediaBox: null, new HashSet<int>(), pages, depth: 0);
        return pages;
    }

    private static void Walk(PdfFileStructure file, PdfReference node, PdfArray? inheritedMediaBox,
        HashSet<int> visited, List<PdfPage> pages, int depth)
    {
        if (!visited.Add(node.Number) || depth > MaxDepth)
        {
            throw new InvalidDataException($"The PDF page tree loops or is too deep at object {node.Number}.");
        }

        if (file.ReadObject(node) is not PdfDictionary dictionary)
        {
            throw new InvalidDataException($"Page tree node {node.Number} is not a dictionary.");
        }

        PdfArray? mediaBox = dictionary["MediaBox"] is { } box ? file.Resolve(box) as PdfArray : inheritedMediaBox;
        string? type = (dictionary["Type"] as PdfName)?.Value;
        if (type == "Page")
        {
            pages.Add(ToPage(node, mediaBox));
            return;
        }

        if (file.Resolve(dictionary["Kids"] ?? throw new InvalidDataException($"Page tree node {node.Number} has no /Kids."))
            is not PdfArray kids)
        {
            throw new InvalidDataException($"The /Kids of page tree node {node.Number} is not an array.");
        }

        foreach (PdfValue kid in kids.Items)
        {
            Walk(file, kid as PdfReference ?? throw new InvalidDataException($"A kid of page tree node {node.Number} is not a reference."),
                mediaBox, visited, pages, depth + 1);
        }
    }

    private static PdfPage ToPage(PdfReference reference, PdfArray? mediaBox)
    {
        if (mediaBox is not { Items.Count: 4 } || mediaBox.Items.Any(item => item is not PdfNumber))
        {
            throw new InvalidDataException($"Page {reference.Number} has no usable /MediaBox.");
        }

        float[] corners = mediaBox.Items.Select(item => (float)((PdfNumber)item).Value).ToArray();
        return new PdfPage(reference,
            Math.Min(corners[0], corners[2]), Math.Min(corners[1], corners[3]),
            Math.Max(corners[0], corners[2]), Math.Max(corners[1], corners[3]));
    }
}
