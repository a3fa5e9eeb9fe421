namespace ReportGen.Pdf.PdfFile;

/// <summary>One bookmark in the PDF's document outline.</summary>
/// <param name="Title">Text shown in the viewer's bookmark panel, exactly as the heading reads.</param>
/// <param name="Level">Nesting depth, 1 for top-level headings; an item nests under the nearest earlier item of a lower level.</param>
/// <param name="PageIndex">Zero-based index of the target page.</param>
/// <param name="Top">Distance in points from the top edge of the target page to the place the viewer scrolls to.</param>
internal sealed record OutlineItem(string Title, int Level, int PageIndex, float Top);
