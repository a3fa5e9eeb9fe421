using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>One element of the structure tree: its type and attributes, and its children in reading order (elements,
/// marked-content sequences on a page, annotations).</summary>
internal sealed class StructureNode(StructureKind kind, StructureNode? parent, int id)
{
    public StructureKind Kind { get; } = kind;
    /// <summary>The element's number in its tree, in the order elements were made (a cheap hash key: hashing a new
    /// object by reference takes the runtime's slow path once per object, hundreds of times per report).</summary>
    public int Id { get; } = id;
    public StructureNode? Parent { get; } = parent;

    // Most elements have one kid (a cell's or a paragraph's marked content): it is held here, and a list is made only
    // for the further ones (a list per element, its array grown from four, was most of what marking content allocated).
    private StructureKid _first;
    private List<StructureKid>? _more;

    /// <summary>How many children the element has.</summary>
    public int KidCount { get; private set; }

    /// <summary>Child <paramref name="index"/>, in reading order.</summary>
    public StructureKid Kid(int index) => index == 0 ? _first : _more![index - 1];

    /// <summary>Adds a child after the others.</summary>
    public void AddKid(StructureKid kid)
    {
        if (KidCount == 0)
            _first = kid;
        else
            (_more ??= new List<StructureKid>(4)).Add(kid);
        KidCount++;
    }
    /// <summary>Set when the tree is written.</summary>
    public int ObjectNumber { get; set; }
}

/// <summary>A child of a structure element: an element, a marked-content sequence (<see cref="Mcid"/> on
/// <see cref="Page"/>) or an annotation (object <see cref="Annotation"/> on <see cref="Page"/>).</summary>
internal readonly struct StructureKid
{
    // 16 bytes instead of 24 (every element has at least one kid, a report has about a thousand elements): the
    // marked-content id (zero or more) and the annotation's object number (stored negated) share one field.
    private readonly int _value;

    private StructureKid(StructureNode? node, int page, int value) => (Node, Page, _value) = (node, page, value);

    public StructureNode? Node { get; }
    public int Page { get; }
    /// <summary>The marked-content id, or -1 (an element or an annotation).</summary>
    public int Mcid => Node is null && _value >= 0 ? _value : -1;
    /// <summary>The annotation's object number, or 0 (an element or marked content).</summary>
    public int Annotation => Node is null && _value < 0 ? -_value : 0;

    public static StructureKid Element(StructureNode node) => new(node, -1, 0);
    public static StructureKid Content(int page, int mcid) => new(null, page, mcid);
    public static StructureKid Object(int page, int annotation) => new(null, page, -annotation);
}

/// <summary>The document's structure tree as the pages are written: each structure mark the layout recorded opens the
/// element its tag stands for (<see cref="StructureTypes"/>), found again when the same block continues on a later page
/// (a paragraph, a list, a table split over pages stays one element), and each stretch of content gets a marked-content
/// id in the element it belongs to. Also keeps the parent tree: per page, the element of each marked-content id, and
/// the element of each annotation.</summary>
internal sealed class StructureTree(StructureTypes types, int pageCount, int expectedElements = 0)
{
    private readonly Dictionary<ElementKey, StructureNode> _elements = new(expectedElements);

    /// <summary>The tree a tagged <paramref name="layout"/> fills, or null (untagged, or a layout without structure).
    /// The element table is made at the size of the layout's structure marks (at least one per element; a block
    /// continued on another page and artifacts count again): grown by doubling instead, it was the largest allocation
    /// of marked content.</summary>
    public static StructureTree? For(PaginatedDocument layout, bool tagged)
    {
        if (!tagged || layout.Structure is not { } types)
            return null;
        var marks = 0;
        foreach (var page in layout.Pages)
            marks += page.StructureMarks;
        return new StructureTree(types, layout.Pages.Count, marks);
    }

    private readonly List<List<StructureNode>> _pageContent = [];
    private readonly List<StructureNode> _annotations = [];

    /// <summary>How many elements the marks opened (besides the root; a signature field's form element is not counted).</summary>
    public int ElementCount => _elements.Count;

    /// <summary>The <c>Document</c> element everything else is in.</summary>
    public StructureNode Root { get; } = new(new StructureKind("Document"), null, 0);

    /// <summary>Per page, the element of each marked-content id (the parent tree's page entries).</summary>
    public IReadOnlyList<IReadOnlyList<StructureNode>> PageContent => _pageContent;

    /// <summary>The element of each annotation, in the order of their parent-tree keys after the pages'.</summary>
    public IReadOnlyList<StructureNode> Annotations => _annotations;

    /// <summary>The element <paramref name="tag"/> stands for inside <paramref name="parent"/> (made on first use);
    /// null when the tag adds no element.</summary>
    public StructureNode? Open(StructureTag tag, StructureNode? parent)
    {
        if (types.Of(tag) is not { } kind)
            return null;
        parent ??= Root;
        if (kind.Container is { } container)
            parent = Container(parent, container);
        var key = new ElementKey(parent, tag.Role, tag.Owner, tag.Row, tag.Column);
        if (!_elements.TryGetValue(key, out var node))
        {
            node = new StructureNode(kind, parent, _elements.Count + 1);
            parent.AddKid(StructureKid.Element(node));
            _elements[key] = node;
        }
        return node;
    }

    /// <summary>The shared child of type <paramref name="type"/> (a table's THead or TBody) of <paramref name="parent"/>.</summary>
    private StructureNode Container(StructureNode parent, string type)
    {
        var key = new ElementKey(parent, StructureRole.Block, type, -1, -1);
        if (!_elements.TryGetValue(key, out var node))
        {
            node = new StructureNode(new StructureKind(type), parent, _elements.Count + 1);
            parent.AddKid(StructureKid.Element(node));
            _elements[key] = node;
        }
        return node;
    }

    /// <summary>A new marked-content id on <paramref name="page"/> for content of <paramref name="node"/>.</summary>
    public int Content(StructureNode node, int page)
    {
        while (_pageContent.Count <= page)
            _pageContent.Add([]);
        var ids = _pageContent[page];
        node.AddKid(StructureKid.Content(page, ids.Count));
        ids.Add(node);
        return ids.Count - 1;
    }

    /// <summary>The number of pages: the parent-tree keys of pages are 0 to this, annotations' come after.</summary>
    public int PageCount { get; } = pageCount;

    /// <summary>Adds annotation object <paramref name="annotation"/> on <paramref name="page"/> to <paramref name="node"/>;
    /// returns its parent-tree key (its <c>/StructParent</c>).</summary>
    public int Annotation(StructureNode node, int page, int annotation)
    {
        node.AddKid(StructureKid.Object(page, annotation));
        _annotations.Add(node);
        return PageCount + _annotations.Count - 1;
    }

    /// <summary>Identifies an element: its parent, and the mark's role, owner (by reference), row and column.</summary>
    private readonly struct ElementKey(StructureNode parent, StructureRole role, object owner, int row, int column)
        : IEquatable<ElementKey>
    {
        private readonly StructureNode _parent = parent;
        private readonly StructureRole _role = role;
        private readonly object _owner = owner;
        private readonly int _row = row, _column = column;

        public bool Equals(ElementKey other) => ReferenceEquals(_parent, other._parent) && _role == other._role
            && (ReferenceEquals(_owner, other._owner) || (_owner is string a && other._owner is string b && a == b))
            && _row == other._row && _column == other._column;

        public override bool Equals(object? obj) => obj is ElementKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_parent.Id, _role,
            _owner is string s ? s.GetHashCode(StringComparison.Ordinal) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_owner),
            _row, _column);
    }
}
