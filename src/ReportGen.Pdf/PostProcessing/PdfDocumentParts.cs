namespace ReportGen.Pdf.PostProcessing;

/// <summary>What the post-passes need of a finished PDF, read once: its cross-reference structure, catalog and pages.</summary>
internal sealed record PdfDocumentParts(PdfFileStructure File, PdfReference CatalogReference, PdfDictionary Catalog,
    IReadOnlyList<PdfPage> Pages)
{
    /// <exception cref="InvalidDataException">The file has no usable catalog or page tree.</exception>
    public static PdfDocumentParts Read(PdfFileStructure file)
    {
        PdfReference catalogReference = file.Trailer["Root"] as PdfReference
            ?? throw new InvalidDataException("The PDF trailer has no /Root catalog reference.");
        PdfDictionary catalog = file.ReadObject(catalogReference) as PdfDictionary
            ?? throw new InvalidDataException("The PDF catalog is not a dictionary.");
        return new PdfDocumentParts(file, catalogReference, catalog, PdfPageTree.Read(file, catalog));
    }
}
