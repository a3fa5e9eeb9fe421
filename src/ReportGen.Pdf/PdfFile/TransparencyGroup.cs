using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes drawing collected for a group with opacity as a form XObject with a transparency group, so it
/// is composited as one layer.</summary>
internal static class TransparencyGroup
{
    // Without bounds from the drawing, a box far beyond any page: the form only needs to contain its drawing.
    private const float Unbounded = 100_000;

    /// <summary>Writes the form and returns its XObject resource name.</summary>
    public static string Write(PdfDocumentContext document, ContentStream content, Box? bounds)
    {
        var file = document.File;
        var number = file.Reserve();
        var box = bounds is { Width: > 0, Height: > 0 } b ? b : new Box(-Unbounded, -Unbounded, 2 * Unbounded, 2 * Unbounded);
        var entries = file.Scratch().Ascii("/Type/XObject/Subtype/Form/BBox[").Numbers(box.X, box.Y, box.Right, box.Bottom)
            .Ascii("]/Group<</S/Transparency>>/Resources ").Reference(document.Resources.ObjectNumber);
        file.Stream(number, entries.Span, content.Bytes.Span);
        return document.Resources.XObject(number);
    }
}
