namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes a <see cref="StructureTree"/>: one structure element dictionary per element (type, parent, page,
/// children, attributes), the structure tree root and the parent tree that maps each page's marked-content ids and each
/// annotation back to its element. Only standard structure types are used, so no role map is written.</summary>
internal static class StructureTreeWriter
{
    /// <summary>Writes the tree and returns the object number of its root (for the catalog's /StructTreeRoot).</summary>
    /// <param name="file">The file being written.</param>
    /// <param name="tree">The tree the pages were marked into.</param>
    /// <param name="pages">Object numbers of the pages, by index.</param>
    public static int Write(PdfFileBuilder file, StructureTree tree, IReadOnlyList<int> pages)
    {
        var root = file.Reserve();
        var parentTree = file.Reserve();
        var nodes = new List<StructureNode>(tree.ElementCount + 1);
        Number(file, tree.Root, nodes);
        foreach (var node in nodes)
            WriteElement(file, node, node.Parent?.ObjectNumber ?? root, pages);

        var nums = file.Scratch().Ascii("<</Nums[");
        var content = tree.PageContent;
        for (var page = 0; page < content.Count; page++)
        {
            if (content[page].Count == 0)
                continue;
            nums.Int(page).Ascii("[");
            foreach (var node in content[page])
                nums.Reference(node.ObjectNumber).Space();
            nums.Ascii("]");
        }
        for (var i = 0; i < tree.Annotations.Count; i++)
            nums.Int(tree.PageCount + i).Space().Reference(tree.Annotations[i].ObjectNumber).Space();
        file.CompactObject(parentTree, nums.Ascii("]>>"));

        file.Object(root, file.Scratch().Ascii("<</Type/StructTreeRoot/K ").Reference(tree.Root.ObjectNumber)
            .Ascii("/ParentTree ").Reference(parentTree).Ascii("/ParentTreeNextKey ").Int(tree.PageCount + tree.Annotations.Count)
            .Ascii(">>"));
        return root;
    }

    /// <summary>Reserves object numbers in reading order (depth first), so the file lists elements as they are read.</summary>
    private static void Number(PdfFileBuilder file, StructureNode node, List<StructureNode> nodes)
    {
        var stack = new Stack<StructureNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            current.ObjectNumber = file.Reserve();
            nodes.Add(current);
            for (var i = current.KidCount - 1; i >= 0; i--)
                if (current.Kid(i).Node is { } child)
                    stack.Push(child);
        }
    }

    private static void WriteElement(PdfFileBuilder file, StructureNode node, int parent, IReadOnlyList<int> pages)
    {
        var kind = node.Kind;
        // No /Type/StructElem: it is optional (ISO 32000-1 Table 323), and hundreds of elements per report deflate faster without it.
        var body = file.Scratch().Ascii("<</S/").Ascii(kind.Type).Ascii("/P ").Reference(parent);
        // The element's page: the first page any of its content is on; content on other pages names its page.
        var page = -1;
        for (var i = 0; i < node.KidCount; i++)
        {
            if (node.Kid(i) is { Node: null } kid)
            {
                page = kid.Page;
                break;
            }
        }
        if (page >= 0)
            body.Ascii("/Pg ").Reference(pages[page]);
        if (kind.Alt is { } alt)
            body.Ascii("/Alt").TextString(alt);
        if (kind.Id is { } id)
            body.Ascii("/ID").TextString(id);
        if (kind.Scope is { } scope)
            body.Ascii("/A<</O/Table/Scope/").Ascii(scope).Ascii(">>");
        else if (kind.ColumnSpan > 1)
            body.Ascii("/A<</O/Table/ColSpan ").Int(kind.ColumnSpan).Ascii(">>");
        if (node.KidCount > 0)
        {
            body.Ascii("/K ");
            var many = node.KidCount > 1;
            if (many)
                body.Ascii("[");
            for (var i = 0; i < node.KidCount; i++)
            {
                var kid = node.Kid(i);
                if (kid.Node is { } child)
                    body.Reference(child.ObjectNumber);
                else if (kid.Annotation > 0)
                    body.Ascii("<</Type/OBJR/Pg ").Reference(pages[kid.Page]).Ascii("/Obj ").Reference(kid.Annotation).Ascii(">>");
                else if (kid.Page == page)
                    body.Int(kid.Mcid);
                else
                    body.Ascii("<</Type/MCR/Pg ").Reference(pages[kid.Page]).Ascii("/MCID ").Int(kid.Mcid).Ascii(">>");
                if (many)
                    body.Space();
            }
            if (many)
                body.Ascii("]");
        }
        file.CompactObject(node.ObjectNumber, body.Ascii(">>"));
    }
}
