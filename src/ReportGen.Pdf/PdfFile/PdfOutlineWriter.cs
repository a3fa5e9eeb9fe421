
namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes the document outline (bookmarks panel): one item per heading, nested by level, each opening its
/// page at the heading's height. All items are written open.</summary>
internal static class PdfOutlineWriter
{
    /// <summary>Writes the outline and returns the object number of its root.</summary>
    public static int Write(PdfFileBuilder file, IReadOnlyList<OutlineItem> items, IReadOnlyList<int> pages, float pageHeight)
    {
        var root = file.Reserve();
        var first = file.Reserve();
        for (var i = 1; i < items.Count; i++)
            file.Reserve(); // OutlineTree numbers the items consecutively from the first
        var roots = OutlineTree.Build(items, first);
        file.Object(root, file.Scratch().Ascii("<</Type/Outlines/First ").Reference(roots[0].ObjectNumber)
            .Ascii("/Last ").Reference(roots[^1].ObjectNumber).Ascii("/Count ").Int(items.Count).Ascii(">>"));
        WriteLevel(file, roots, root, pages, pageHeight);
        return root;
    }

    private static void WriteLevel(PdfFileBuilder file, IReadOnlyList<OutlineNode> siblings, int parent, IReadOnlyList<int> pages,
        float pageHeight)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var node = siblings[i];
            var item = node.Item;
            var top = Math.Clamp(pageHeight - item.Top, 0, pageHeight);
            var body = file.Scratch().Ascii("<</Title").TextString(item.Title).Ascii("/Parent ").Reference(parent);
            if (i > 0)
                body.Ascii("/Prev ").Reference(siblings[i - 1].ObjectNumber);
            if (i + 1 < siblings.Count)
                body.Ascii("/Next ").Reference(siblings[i + 1].ObjectNumber);
            if (node.Children.Count > 0)
                body.Ascii("/First ").Reference(node.Children[0].ObjectNumber).Ascii("/Last ").Reference(node.Children[^1].ObjectNumber)
                    .Ascii("/Count ").Int(node.DescendantCount);
            body.Ascii("/Dest[").Reference(pages[item.PageIndex]).Ascii("/XYZ 0 ").Number(top).Ascii(" null]>>");
            file.CompactObject(node.ObjectNumber, body);
            WriteLevel(file, node.Children, node.ObjectNumber, pages, pageHeight);
        }
    }
}
