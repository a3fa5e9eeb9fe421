namespace ReportGen.Pdf.PdfFile;

/// <summary>An outline item placed in the tree: its object number, parent and children.</summary>
internal sealed class OutlineNode(OutlineItem item, int objectNumber)
{
    /// <summary>The bookmark this node writes.</summary>
    public OutlineItem Item { get; } = item;

    /// <summary>The PDF object number the node's dictionary gets.</summary>
    public int ObjectNumber { get; } = objectNumber;

    /// <summary>The enclosing item, or null for a top-level item (whose parent is the Outlines dictionary).</summary>
    public OutlineNode? Parent { get; init; }

    /// <summary>Direct children in document order.</summary>
    public List<OutlineNode> Children { get; } = [];

    /// <summary>Every item below this one (all items are written open, so this is also /Count).</summary>
    public int DescendantCount => Children.Count + Children.Sum(child => child.DescendantCount);
}

/// <summary>Nests a flat, document-ordered list of headings by level.</summary>
internal static class OutlineTree
{
    /// <summary>
    /// Builds the top-level nodes. Each item becomes a child of the nearest earlier item with a lower
    /// level, so a skipped level (1 then 3) still nests instead of failing. Object numbers are assigned
    /// in list order from <paramref name="firstObjectNumber"/>.
    /// </summary>
    public static IReadOnlyList<OutlineNode> Build(IReadOnlyList<OutlineItem> items, int firstObjectNumber)
    {
        var roots = new List<OutlineNode>();
        var open = new Stack<OutlineNode>();
        for (int index = 0; index < items.Count; index++)
        {
            OutlineItem item = items[index];
            while (open.Count > 0 && open.Peek().Item.Level >= item.Level)
            {
                open.Pop();
            }

            OutlineNode? parent = open.Count > 0 ? open.Peek() : null;
            var node = new OutlineNode(item, firstObjectNumber + index) { Parent = parent };
            (parent?.Children ?? roots).Add(node);
            open.Push(node);
        }

        return roots;
    }
}
