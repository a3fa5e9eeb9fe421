using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Composition;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes the document's empty signature fields: each is a terminal field merged with its widget annotation
/// (<c>/FT /Sig</c>, printable, with an appearance stream) over the signature cell the page drew, and the interactive
/// form (<c>/AcroForm</c>) listing them. A name such as <c>signoff.approvals[0]</c> becomes the field hierarchy PDF
/// readers expect (a partial name may not hold a period, ISO 32000-1 §12.7.3.2): a field <c>signoff</c> whose kid is
/// <c>approvals[0]</c>, so the fully qualified name is the YAML path. A PDF reader or <c>pdfsig -sign NAME</c> signs a
/// field by appending an incremental update that sets its value; the page itself stays as written.</summary>
internal sealed class SignatureFieldWriter(PdfFileBuilder file)
{
    /// <summary>SignaturesExist (bit 1): the document has signature fields, so readers offer signing without scanning
    /// every page. AppendOnly (bit 2) is for documents that hold signatures already; the signer's tool sets it when it
    /// signs if it wants to, so an empty form does not claim signatures it does not have.</summary>
    private const int SigFlagsSignaturesExist = 1;

    /// <summary>Print flag (bit 3): the field prints with the page, as PDF/A requires of every annotation.</summary>
    private const int PrintFlag = 4;

    private readonly Node _root = new("", 0);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Writes the field of one page; returns its widget's object number, or 0 when its name was used already
    /// (the layout's warning says so) or clashes with the name of a group of fields.</summary>
    /// <param name="field">The field as the page drew it.</param>
    /// <param name="page">The page's object number.</param>
    /// <param name="pageHeight">The page's height (the page's y runs down, PDF's up).</param>
    /// <param name="pageIndex">The page's index, for the structure tree's parent tree.</param>
    /// <param name="structure">The structure tree of a tagged file: the widget goes in a <c>Form</c> element inside the
    /// cell it is drawn over, as PDF/UA asks of widget annotations.</param>
    public int Write(PageSignatureField field, int page, float pageHeight, int pageIndex = 0, StructureTree? structure = null)
    {
        var parts = field.Name.Split('.');
        if (parts.Any(p => p.Length == 0) || !_names.Add(field.Name))
            return 0;
        var parent = _root;
        foreach (var part in parts[..^1])
        {
            if (parent.Kids.TryGetValue(part, out var group) && group.IsTerminal)
                return 0; // "a" is a field and "a.b" would make it a group too
            parent = parent.Kids.TryGetValue(part, out group) ? group : parent.Kids[part] = new Node(part, file.Reserve());
        }
        if (parent.Kids.ContainsKey(parts[^1]))
            return 0;
        var box = field.Box;
        var appearance = file.Reserve();
        // An empty form: the page already draws the place to sign, and the signer's tool replaces this appearance with
        // its own when it signs.
        var form = file.Scratch().Ascii("/Type/XObject/Subtype/Form/BBox[0 0 ").Number(box.Width).Space().Number(box.Height)
            .Ascii("]/Resources<<>>");
        file.Stream(appearance, form.Span, [], compress: false);

        var number = file.Reserve();
        var widget = file.Scratch().Ascii("<</Type/Annot/Subtype/Widget/FT/Sig/T").TextString(parts[^1]);
        if (parent != _root)
            widget.Ascii("/Parent ").Reference(parent.Number);
        widget.Ascii("/TU").TextString(field.Description).Ascii("/F ").Int(PrintFlag).Ascii("/Rect[")
            .Numbers(box.X, pageHeight - box.Bottom, box.Right, pageHeight - box.Y).Ascii("]/P ").Reference(page)
            .Ascii("/AP<</N ").Reference(appearance).Ascii(">>");
        if (structure is not null && field.Element is { } cell)
        {
            var formElement = new StructureNode(new StructureKind("Form"), cell, id: -1); // never looked up by key
            cell.AddKid(StructureKid.Element(formElement));
            widget.Ascii("/StructParent ").Int(structure.Annotation(formElement, pageIndex, number));
        }
        widget.Ascii(">>");
        file.Object(number, widget);
        parent.Kids[parts[^1]] = new Node(parts[^1], number) { IsTerminal = true };
        return number;
    }

    /// <summary>Writes the field groups and the interactive form dictionary; returns the form's object number (0 when
    /// there are no fields).</summary>
    public int WriteForm()
    {
        if (_root.Kids.Count == 0)
            return 0;
        WriteGroups(_root);
        var number = file.Reserve();
        var form = file.Scratch().Ascii("<</Fields[");
        foreach (var kid in _root.Kids.Values)
            form.Reference(kid.Number).Space();
        file.Object(number, form.Ascii("]/SigFlags ").Int(SigFlagsSignaturesExist).Ascii(">>"));
        return number;
    }

    private void WriteGroups(Node node)
    {
        foreach (var kid in node.Kids.Values.Where(k => !k.IsTerminal))
        {
            WriteGroups(kid);
            var group = file.Scratch().Ascii("<</T").TextString(kid.Name);
            if (node != _root)
                group.Ascii("/Parent ").Reference(node.Number);
            group.Ascii("/Kids[");
            foreach (var grandchild in kid.Kids.Values)
                group.Reference(grandchild.Number).Space();
            file.Object(kid.Number, group.Ascii("]>>"));
        }
    }

    /// <summary>A field (terminal, merged with its widget) or a group of fields, with its kids in first-use order.</summary>
    private sealed class Node(string name, int number)
    {
        public string Name => name;
        public int Number => number;
        public bool IsTerminal { get; init; }
        public OrderedDictionary<string, Node> Kids { get; } = new(StringComparer.Ordinal);
    }
}
