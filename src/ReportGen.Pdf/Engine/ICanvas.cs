using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Engine;

/// <summary>Glyphs to draw with one face: absolute glyph origins, the UTF-8 text and clusters (for extraction), and an
/// optional rotation in degrees around (<see cref="PivotX"/>, <see cref="PivotY"/>) with an opacity (watermark).</summary>
internal sealed record GlyphRun(FontFace Face, float Size, RgbColor Color, ushort[] Glyphs, float[] X, float[] Y,
    byte[] Utf8, uint[] Clusters)
{
    public float Rotation { get; init; }
    public float PivotX { get; init; }
    public float PivotY { get; init; }
    public float Opacity { get; init; } = 1;
    /// <summary>Pen position after the last glyph (the run's right edge before rotation).</summary>
    public float EndX { get; init; }
    /// <summary>Draw glyph outlines instead of text (watermarks: visible, but not extracted or searched).</summary>
    public bool AsOutlines { get; init; }
}

/// <summary>The drawing surface elements draw on, in page points with the origin at the top-left corner.
/// Implemented by a recorder (pages are recorded, then replayed to the PDF file writer's canvas, or to Skia for PNG
/// pages) so tests can assert geometry.</summary>
internal interface ICanvas
{
    void FillRect(Box box, RgbColor color, float cornerRadius = 0);
    void StrokeRect(Box box, RgbColor color, float lineWidth, float cornerRadius = 0);
    void Line(float x1, float y1, float x2, float y2, RgbColor color, float lineWidth);
    void Text(GlyphRun run);
    void Image(ImageData image, Box box);
    /// <summary>A clickable area opening a URL.</summary>
    void LinkUrl(Box box, string url);
    /// <summary>A clickable area jumping to a named destination in this document.</summary>
    void LinkDestination(Box box, string name);
    /// <summary>Defines a named destination at a point (the target of internal links).</summary>
    void Destination(string name, float x, float y);
    /// <summary>An outline (bookmark) entry pointing at this page at height <paramref name="y"/>.</summary>
    void Bookmark(string title, int level, float y);
    /// <summary>An empty, signable signature field over <paramref name="box"/> (the place drawn for a signature),
    /// named <paramref name="name"/> (a YAML path such as <c>signoff.approvals[0]</c>), with
    /// <paramref name="description"/> as what readers and screen readers show for it. Only the PDF has fields.</summary>
    void SignatureField(Box box, string name, string description);

    // Vector drawing (SVG figures), in the current user space.
    /// <summary>Fills a path (its own fill rule) with a colour or gradient.</summary>
    void FillPath(VectorPath path, VectorPaint paint);
    /// <summary>Strokes a path's outline.</summary>
    void StrokePath(VectorPath path, VectorPaint paint, StrokeStyle stroke);
    /// <summary>Saves transform and clip; with <paramref name="opacity"/> below 1 what follows until the matching
    /// <see cref="Restore"/> is composited as one group at that opacity, within <paramref name="bounds"/> when
    /// given (user space; a hint that keeps the offscreen group small).</summary>
    void Save(float opacity = 1, Box? bounds = null);
    /// <summary>Returns to the state of the matching <see cref="Save"/>.</summary>
    void Restore();
    /// <summary>Maps what follows through <paramref name="transform"/> (applied before the current transform).</summary>
    void Concat(AffineTransform transform);
    /// <summary>Limits what follows to the inside of <paramref name="path"/> (its fill rule).</summary>
    void ClipPath(VectorPath path);

    /// <summary>What is drawn until the matching <see cref="EndStructure"/> belongs to <paramref name="tag"/>, within
    /// <paramref name="box"/>. Canvases that keep no structure ignore it.</summary>
    void BeginStructure(StructureTag tag, Box box) { }

    /// <summary>Ends the innermost <see cref="BeginStructure"/>.</summary>
    void EndStructure() { }
}
