using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// Adds a document outline (the bookmarks panel) to a finished Skia PDF, which has no outline API.
/// The outline is appended as an incremental update, so Skia's bytes are kept as written, the result
/// is deterministic, and no object ids or dates are invented.
/// </summary>
internal static class PdfOutline
{
    // PDF readers cap object numbers at 8,388,607 (ISO 32000-1 Annex C); leave room for the outline items.
    private const int MaxObjectNumber = 8_000_000;

    /// <summary>
    /// Appends bookmarks for <paramref name="items"/> (in document order, nested by level) to the PDF in
    /// <paramref name="pdf"/>, which must be readable, writable and seekable and hold the whole file from
    /// position 0. Viewers open with the outline shown. With no items the stream is left untouched.
    /// </summary>
    /// <exception cref="ArgumentException">The stream cannot be read, written and sought, or an item is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item targets a page the document does not have.</exception>
    /// <exception cref="InvalidDataException">The stream is not a PDF this post-pass can read.</exception>
    /// <exception cref="NotSupportedException">The PDF uses a cross-reference stream instead of a table.</exception>
    public static void Append(Stream pdf, IReadOnlyList<OutlineItem> items)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        if (!pdf.CanRead || !pdf.CanWrite || !pdf.CanSeek)
        {
            throw new ArgumentException("The PDF stream must be readable, writable and seekable.", nameof(pdf));
        }

        ValidateItems(items);
        PdfFileStructure file = PdfFileStructure.Read(ReadAll(pdf));
        var document = PdfDocumentParts.Read(file);
        var update = new PdfIncrementalUpdate(file);
        AddTo(update, document, items);
        update.AppendTo(pdf);
    }

    /// <summary>Adds the outline objects for <paramref name="items"/> and the new catalog revision to
    /// <paramref name="update"/>; new objects are numbered from the trailer's /Size on.</summary>
    internal static void AddTo(PdfIncrementalUpdate update, PdfDocumentParts document, IReadOnlyList<OutlineItem> items)
    {
        ValidateItems(items);
        PdfFileStructure file = document.File;
        int outlinesNumber = file.Trailer["Size"] is PdfNumber { Value: >= 1 and < MaxObjectNumber } size ? (int)size.Value
            : throw new InvalidDataException("The PDF trailer has no usable /Size.");
        IReadOnlyList<OutlineNode> roots = OutlineTree.Build(items, outlinesNumber + 1);

        update.Add(outlinesNumber, OutlinesDictionary(roots, items.Count));
        foreach (OutlineNode node in Flatten(roots))
        {
            update.Add(node.ObjectNumber, ItemDictionary(node, SiblingsOf(node, roots), outlinesNumber, document.Pages));
        }

        update.Add(document.CatalogReference.Number, document.CatalogReference.Generation,
            CatalogWithOutline(file, document.Catalog, outlinesNumber));
    }

    private static void ValidateItems(IReadOnlyList<OutlineItem> items)
    {
        foreach (OutlineItem item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            if (item.Title is null || item.Level < 1 || item.PageIndex < 0 || !float.IsFinite(item.Top))
            {
                throw new ArgumentException(
                    $"Invalid outline item {item}: it needs a title, a level of 1 or more, a page index of 0 or more and a finite top.",
                    nameof(items));
            }
        }
    }

    private static byte[] ReadAll(Stream pdf)
    {
        var data = new byte[pdf.Length];
        pdf.Position = 0;
        pdf.ReadExactly(data);
        return data;
    }

    private static string OutlinesDictionary(IReadOnlyList<OutlineNode> roots, int itemCount) =>
        Invariant($"<</Type /Outlines\n/First {roots[0].ObjectNumber} 0 R\n/Last {roots[^1].ObjectNumber} 0 R\n/Count {itemCount}>>");

    private static string ItemDictionary(OutlineNode node, List<OutlineNode> siblings, int outlinesNumber, IReadOnlyList<PdfPage> pages)
    {
        OutlineItem item = node.Item;
        if (item.PageIndex >= pages.Count)
        {
            throw new ArgumentOutOfRangeException("items", item.PageIndex,
                $"Outline item \"{item.Title}\" targets page index {item.PageIndex}, but the PDF has {pages.Count} pages.");
        }

        PdfPage page = pages[item.PageIndex];
        float top = Math.Clamp(page.Top - item.Top, page.Bottom, page.Top);
        var dictionary = new StringBuilder();
        dictionary.Append("<</Title ").Append(PdfTextString.Encode(item.Title));
        dictionary.Append(Invariant($"\n/Parent {node.Parent?.ObjectNumber ?? outlinesNumber} 0 R"));
        int index = siblings.IndexOf(node);
        if (index > 0)
        {
            dictionary.Append(Invariant($"\n/Prev {siblings[index - 1].ObjectNumber} 0 R"));
        }

        if (index < siblings.Count - 1)
        {
            dictionary.Append(Invariant($"\n/Next {siblings[index + 1].ObjectNumber} 0 R"));
        }

        if (node.Children.Count > 0)
        {
            dictionary.Append(Invariant(
                $"\n/First {node.Children[0].ObjectNumber} 0 R\n/Last {node.Children[^1].ObjectNumber} 0 R\n/Count {node.DescendantCount}"));
        }

        dictionary.Append(Invariant(
            $"\n/Dest [{page.Reference.Number} {page.Reference.Generation} R /XYZ {Number(page.Left)} {Number(top)} null]>>"));
        return dictionary.ToString();
    }

    private static byte[] CatalogWithOutline(PdfFileStructure file, PdfDictionary catalog, int outlinesNumber)
    {
        byte[] data = file.Parser.Data;
        var body = new MemoryStream();
        body.Write("<<"u8);
        foreach ((PdfName key, PdfValue value) in catalog.Entries)
        {
            if (key.Value is not ("Outlines" or "PageMode"))
            {
                body.Write(data.AsSpan(key.Start, key.End - key.Start));
                body.WriteByte((byte)' ');
                body.Write(data.AsSpan(value.Start, value.End - value.Start));
                body.WriteByte((byte)'\n');
            }
        }

        body.Write(Encoding.ASCII.GetBytes(Invariant($"/Outlines {outlinesNumber} 0 R\n/PageMode /UseOutlines>>")));
        return body.ToArray();
    }

    private static IEnumerable<OutlineNode> Flatten(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(node => Flatten(node.Children).Prepend(node));

    private static List<OutlineNode> SiblingsOf(OutlineNode node, IReadOnlyList<OutlineNode> roots) =>
        node.Parent?.Children ?? [.. roots];

    private static string Number(float value) =>
        Math.Round(value, 3) == 0 ? "0" : Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
