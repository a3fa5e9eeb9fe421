using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Replays one page's drawing as PDF operators. The page starts flipped (origin top-left, y down, as the
/// engine draws), so every coordinate is written as recorded; text is set back upright through its text matrix.
/// Links and destinations are collected for the document writer, which turns them into annotations and the
/// /Dests name tree. With a structure tree, the drawing is marked content of the elements the layout's structure
/// marks stand for, or artifacts (<see cref="MarkedContent"/>).</summary>
internal sealed class PdfCanvas : ICanvas
{
    private readonly PdfDocumentContext _document;
    private readonly Stack<bool> _saves = new(); // per open Save: does its Restore close a transparency group?
    private readonly Stack<OpenGroup> _groups = new();
    private readonly MarkedContent? _marks;
    private ContentStream _content;
    private GraphicsStateTracker _state;
    private int _depth; // open Saves (for marked content to nest with q/Q)
    private ushort[] _codes = new ushort[256]; // the codes of the run being shown, reused for every run

    public PdfCanvas(PdfDocumentContext document, int pageIndex, float pageHeight, StructureTree? structure = null)
    {
        _document = document;
        _marks = structure is null ? null : new MarkedContent(structure, pageIndex);
        PageIndex = pageIndex;
        PageHeight = pageHeight;
        _content = document.NewPageContent();
        var flip = new AffineTransform(1, 0, 0, -1, 0, pageHeight);
        _content.Transform(flip);
        _state = new GraphicsStateTracker(flip);
    }

    public int PageIndex { get; }
    public float PageHeight { get; }
    /// <summary>The page's content stream (complete once every Save has been restored; valid until the next page's canvas
    /// is made, which reuses its buffer).</summary>
    public ContentStream Content => _content;
    public List<PageLink> Links { get; } = [];

    /// <summary>Ends the page's content: closes the open marked-content sequence.</summary>
    public void Finish() => _marks?.Close(_content);

    public void BeginStructure(StructureTag tag, Box box) => _marks?.Begin(tag);

    public void EndStructure() => _marks?.End();

    /// <summary>Opens the marked-content sequence what is drawn next belongs to (inside a transparency group, the
    /// group's whole drawing is inside the sequence open around it).</summary>
    private void Mark()
    {
        if (_marks is not null && _groups.Count == 0)
            _marks.BeforeDrawing(_content, _depth);
    }

    public void FillRect(Box box, RgbColor color, float cornerRadius = 0)
    {
        Mark();
        SetFill(color);
        if (cornerRadius > 0)
            _content.RoundedRectangle(box, cornerRadius);
        else
            _content.Rectangle(box);
        _content.Fill();
    }

    public void StrokeRect(Box box, RgbColor color, float lineWidth, float cornerRadius = 0)
    {
        Mark();
        SetStroke(color, lineWidth);
        if (cornerRadius > 0)
            _content.RoundedRectangle(box, cornerRadius);
        else
            _content.Rectangle(box);
        _content.Stroke();
    }

    public void Line(float x1, float y1, float x2, float y2, RgbColor color, float lineWidth)
    {
        Mark();
        SetStroke(color, lineWidth);
        _content.MoveTo(x1, y1);
        _content.LineTo(x2, y2);
        _content.Stroke();
    }

    public void Text(GlyphRun run)
    {
        if (run.Glyphs.Length == 0)
            return;
        Mark();
        var transformed = run.Rotation != 0 || run.Opacity < 1;
        if (transformed)
        {
            SaveState();
            if (run.Opacity < 1)
                _content.GraphicsState(_document.Resources.Opacity(run.Opacity, run.Opacity));
            if (run.Rotation != 0)
                Concat(AffineTransform.Translate(-run.PivotX, -run.PivotY).Then(AffineTransform.Rotate(run.Rotation))
                    .Then(AffineTransform.Translate(run.PivotX, run.PivotY)));
        }
        if (run.AsOutlines)
        {
            GlyphOutlines.Draw(this, run, _document);
        }
        else
        {
            if (_codes.Length < run.Glyphs.Length)
                _codes = new ushort[Math.Max(run.Glyphs.Length, _codes.Length * 2)];
            var codes = _codes.AsSpan(0, run.Glyphs.Length);
            if (TextRunWriter.Write(_content, _document, _state, run, codes) && Outlined(run, codes) is { } outlines)
                GlyphOutlines.Draw(this, outlines, _document);
        }
        if (transformed)
            RestoreState();
    }

    /// <summary>The glyphs of a run drawn as outlines, or null: the ones that are no text of their own (a letter's
    /// dots, whose letter another glyph carries) and .notdef boxes (a character no font has, which an invisible glyph
    /// carries).</summary>
    private static GlyphRun? Outlined(GlyphRun run, ReadOnlySpan<ushort> codes)
    {
        List<int>? picked = null;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] == 0 || run.Glyphs[i] == 0)
                (picked ??= []).Add(i);
        }
        if (picked is null)
            return null;
        return run with
        {
            Glyphs = [.. picked.Select(i => run.Glyphs[i])], X = [.. picked.Select(i => run.X[i])], Y = [.. picked.Select(i => run.Y[i])],
            Utf8 = [], Clusters = [], AsOutlines = true,
        };
    }

    public void Image(ImageData image, Box box)
    {
        var name = _document.Images.Get(image);
        if (name is null)
            return;
        Mark();
        _content.SaveState();
        // Image space is the unit square with y up: map it onto the box in our y-down page space.
        _content.Transform(box.Width, 0, 0, -box.Height, box.X, box.Bottom);
        _content.XObject(name);
        _content.RestoreState();
    }

    /// <summary>The signature fields of the page, in drawing order, each with the structure element it is drawn in.</summary>
    public List<PageSignatureField> SignatureFields { get; } = [];

    public void SignatureField(Box box, string name, string description) =>
        SignatureFields.Add(new PageSignatureField(box, name, description) { Element = _marks?.CurrentElement });

    public void LinkUrl(Box box, string url) => Links.Add(new PageLink(box, url, null) { Element = _marks?.CurrentElement });

    public void LinkDestination(Box box, string name) => Links.Add(new PageLink(box, null, name) { Element = _marks?.CurrentElement });

    public void Destination(string name, float x, float y) => _document.Destinations.Add(name, PageIndex, x, y);

    public void Bookmark(string title, int level, float y) { } // the document writer collects bookmarks from the commands

    public void FillPath(VectorPath path, VectorPaint paint) => Paint(path, paint, null);

    public void StrokePath(VectorPath path, VectorPaint paint, StrokeStyle stroke) => Paint(path, paint, stroke);

    /// <summary>Fills (no <paramref name="stroke"/>) or strokes a path. Anything beyond an opaque colour fill sets
    /// its paint inside a saved state, so opacity, gradients and stroke styles never leak into what follows.</summary>
    private void Paint(VectorPath path, VectorPaint paint, StrokeStyle? stroke)
    {
        if (path.IsEmpty || paint is SolidPaint { Alpha: <= 0 } || stroke is { Width: <= 0 })
            return;
        Mark();
        var scoped = stroke is not null || paint is not SolidPaint { Alpha: >= 1 };
        if (scoped)
            SaveState();
        var painted = true;
        if (paint is SolidPaint solid)
        {
            if (solid.Alpha < 1)
                _content.GraphicsState(stroke is null ? _document.Resources.Opacity(solid.Alpha, 1) : _document.Resources.Opacity(1, solid.Alpha));
            if (stroke is null)
                SetFill(solid.Color);
            else
                _content.StrokeColor(solid.Color);
        }
        else
        {
            painted = _document.Gradients.Set(_content, _state.Transform, paint, stroke, path);
        }
        if (painted)
        {
            if (stroke is not null)
                StrokeStyles.Apply(_content, stroke);
            PathWriter.Write(_content, path);
            if (stroke is null)
                _content.Fill(path.FillRule);
            else
                _content.Stroke();
        }
        if (scoped)
            RestoreState();
    }

    /// <summary>With <paramref name="opacity"/> below 1, what follows is drawn into a transparency group (a form
    /// XObject) that the matching <see cref="Restore"/> paints at that opacity as one layer, as SVG group opacity
    /// means: overlapping shapes inside do not show through each other.</summary>
    public void Save(float opacity = 1, Box? bounds = null)
    {
        var group = opacity < 1;
        _saves.Push(group);
        if (!group)
        {
            SaveState();
            _depth++;
            return;
        }
        Mark(); // the group is painted inside the sequence open here
        _groups.Push(new OpenGroup(_content, _state, Math.Max(0, opacity), bounds));
        _content = new ContentStream(4096);
        _state = new GraphicsStateTracker(AffineTransform.Identity); // a form's own space is where it is painted
    }

    public void Restore()
    {
        if (_saves.Count == 0 || !_saves.Pop())
        {
            _depth = Math.Max(0, _depth - 1);
            if (_groups.Count == 0)
                _marks?.BeforeRestore(_content, _depth);
            RestoreState();
            return;
        }
        var group = _groups.Pop();
        var form = TransparencyGroup.Write(_document, _content, group.Bounds);
        _content = group.Parent;
        _state = group.ParentState;
        _content.SaveState();
        _content.GraphicsState(_document.Resources.Opacity(group.Opacity, group.Opacity));
        _content.XObject(form);
        _content.RestoreState();
    }

    private void SaveState()
    {
        _content.SaveState();
        _state.Push();
    }

    private void RestoreState()
    {
        _content.RestoreState();
        _state.Pop();
    }

    public void Concat(AffineTransform transform)
    {
        _content.Transform(transform);
        _state.Concat(transform);
    }

    public void ClipPath(VectorPath path)
    {
        Mark();
        PathWriter.Write(_content, path);
        _content.Clip(path.FillRule);
    }

    internal void SetFill(RgbColor color)
    {
        if (_state.Fill != color)
        {
            _content.FillColor(color);
            _state.Fill = color;
        }
    }

    private void SetStroke(RgbColor color, float lineWidth)
    {
        if (_state.Stroke != color)
        {
            _content.StrokeColor(color);
            _state.Stroke = color;
        }
        if (_state.LineWidth != lineWidth)
        {
            _content.LineWidth(lineWidth);
            _state.LineWidth = lineWidth;
        }
    }
}

/// <summary>A transparency group being drawn: where to go back to when it is closed.</summary>
internal sealed record OpenGroup(ContentStream Parent, GraphicsStateTracker ParentState, float Opacity, Box? Bounds);

/// <summary>An empty signature field on a page: its widget's box (page space, y down), name and description, and the
/// structure element it belongs to in a tagged PDF.</summary>
internal sealed record PageSignatureField(Box Box, string Name, string Description)
{
    public StructureNode? Element { get; init; }
}

/// <summary>A clickable area of a page: a URL or a named destination, and the structure element (the link's) it
/// belongs to in a tagged PDF.</summary>
internal sealed record PageLink(Box Box, string? Url, string? Destination)
{
    public StructureNode? Element { get; init; }
}
