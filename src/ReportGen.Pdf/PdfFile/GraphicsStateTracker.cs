using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>What the content stream has set so far (colours, line width, font, transform), so repeated values are not
/// written again; follows q/Q with a stack, because Q brings back the values of its q.</summary>
internal sealed class GraphicsStateTracker(AffineTransform initial)
{
    private readonly Stack<State> _saved = new();
    private State _current = new(null, null, -1, null, 0, initial);

    public RgbColor? Fill { get => _current.Fill; set => _current = _current with { Fill = value }; }
    public RgbColor? Stroke { get => _current.Stroke; set => _current = _current with { Stroke = value }; }
    public float LineWidth { get => _current.LineWidth; set => _current = _current with { LineWidth = value }; }
    public EmbeddedFont? Font { get => _current.Font; set => _current = _current with { Font = value }; }
    public float FontSize { get => _current.FontSize; set => _current = _current with { FontSize = value }; }

    /// <summary>The current transformation matrix relative to the stream's default space (for a page: the PDF's
    /// y-up space, so it starts with the flip; for a form: the space the form is painted in). Pattern matrices are
    /// relative to that space.</summary>
    public AffineTransform Transform => _current.Transform;

    public void Concat(AffineTransform transform) => _current = _current with { Transform = transform.Then(_current.Transform) };

    public void Push() => _saved.Push(_current);

    public void Pop()
    {
        if (_saved.Count > 0)
            _current = _saved.Pop();
    }

    private readonly record struct State(RgbColor? Fill, RgbColor? Stroke, float LineWidth, EmbeddedFont? Font,
        float FontSize, AffineTransform Transform);
}
