using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Turns the structure marks of one page into marked content: every stretch of drawing is either a
/// marked-content sequence with an id of the structure element it belongs to (<c>/P &lt;&lt;/MCID 3&gt;&gt; BDC ... EMC</c>) or
/// an artifact (<c>/Artifact ... BDC ... EMC</c>). Sequences are opened lazily, right before something is drawn, and
/// closed when drawing for another owner starts, so they never nest, never hold nothing, and stay properly nested with
/// the graphics-state saves around them.</summary>
internal sealed class MarkedContent(StructureTree tree, int page)
{
    /// <summary>One open mark: an element, an artifact, or a mark that adds no element.</summary>
    private readonly record struct Frame(StructureNode? Node, ArtifactKind? Artifact);

    private readonly List<Frame> _frames = [];
    private StructureNode? _openNode;
    private ArtifactKind? _openArtifact;
    private bool _open;
    private int _openDepth;

    public void Begin(StructureTag tag)
    {
        var (node, artifact) = Owner();
        if (artifact is not null || tag.Role == StructureRole.Artifact)
            // Inside an artifact everything is that artifact (a repeated table header's rows and cells too).
            _frames.Add(new Frame(null, artifact ?? (ArtifactKind)tag.Owner));
        else
            _frames.Add(new Frame(tree.Open(tag, node), null));
    }

    public void End()
    {
        if (_frames.Count > 0)
            _frames.RemoveAt(_frames.Count - 1);
    }

    /// <summary>The innermost element content now belongs to, or the artifact it is part of; neither outside every
    /// mark (or inside marks that add no element).</summary>
    private (StructureNode? Node, ArtifactKind? Artifact) Owner()
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].Artifact is { } artifact)
                return (null, artifact);
            if (_frames[i].Node is { } node)
                return (node, null);
        }
        return (null, null);
    }

    /// <summary>The element annotations drawn now belong to (a link's), or null.</summary>
    public StructureNode? CurrentElement => Owner().Node;

    /// <summary>Makes sure what is drawn next at save depth <paramref name="depth"/> is inside the right sequence.</summary>
    public void BeforeDrawing(ContentStream content, int depth)
    {
        var (node, artifact) = Owner();
        if (node is null && artifact is null)
            artifact = ArtifactKind.Layout; // drawn outside every element: page furniture
        if (_open && ReferenceEquals(node, _openNode) && artifact == _openArtifact)
            return;
        Close(content);
        var bytes = content.Bytes;
        if (node is not null)
        {
            var id = tree.Content(node, page);
            bytes.Byte((byte)'/').Ascii(node.Kind.Type).Ascii("<</MCID ").Int(id).Ascii(">>BDC\n");
        }
        else
        {
            bytes.Ascii(artifact switch
            {
                ArtifactKind.Header => "/Artifact<</Type/Pagination/Subtype/Header>>BDC\n",
                ArtifactKind.Footer => "/Artifact<</Type/Pagination/Subtype/Footer>>BDC\n",
                ArtifactKind.Watermark => "/Artifact<</Type/Pagination/Subtype/Watermark>>BDC\n",
                ArtifactKind.RepeatedHeader => "/Artifact<</Type/Pagination>>BDC\n",
                _ => "/Artifact<</Type/Layout>>BDC\n",
            });
        }
        (_open, _openNode, _openArtifact, _openDepth) = (true, node, artifact, depth);
    }

    /// <summary>Before a restore back to <paramref name="depth"/>: a sequence opened deeper ends first, so sequences
    /// and q/Q pairs nest.</summary>
    public void BeforeRestore(ContentStream content, int depth)
    {
        if (_open && _openDepth > depth)
            Close(content);
    }

    /// <summary>Ends the open sequence, if any (also at the end of the page).</summary>
    public void Close(ContentStream content)
    {
        if (!_open)
            return;
        content.Bytes.Ascii("EMC\n");
        _open = false;
    }
}
