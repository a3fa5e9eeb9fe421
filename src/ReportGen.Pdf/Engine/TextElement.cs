using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Engine;

/// <summary>A paragraph of rich text. Lines are broken once per width; pages break between lines, never leaving a
/// single first line at a page bottom (orphan) or a single last line at a page top (widow) unless forced.</summary>
internal sealed class TextElement(IReadOnlyList<TextSpan> spans, TextOptions options, ColumnAlignment alignment,
    LineBreaker breaker) : Element
{
    private const float Epsilon = 0.01f;
    private IReadOnlyList<TextLine> _lines = [];
    private float _linesWidth = -1;
    private int _firstLine;

    public IReadOnlyList<TextLine> LinesFor(float width)
    {
        if (width != _linesWidth)
        {
            _lines = breaker.Break(spans, width, options);
            _linesWidth = width;
        }
        return _lines;
    }

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var lines = LinesFor(space.Width);
        if (_firstLine >= lines.Count)
            return SpacePlan.Full(0); // empty text, or already drawn
        var (count, height) = Fitting(lines, space);
        if (count == 0)
            return SpacePlan.Nothing;
        return _firstLine + count == lines.Count ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    private (int Count, float Height) Fitting(IReadOnlyList<TextLine> lines, AvailableSpace space)
    {
        var remaining = lines.Count - _firstLine;
        if (remaining <= 0)
            return (0, 0);
        int count = 0;
        var height = 0f;
        while (count < remaining && height + lines[_firstLine + count].Height <= space.Height + Epsilon)
            height += lines[_firstLine + count++].Height;
        if (count < remaining && !space.Forced)
        {
            if (remaining - count == 1 && count >= 3)
                height -= lines[_firstLine + --count].Height; // leave two lines for the next page, not a widow
            if (count < 2)
                return (0, 0); // a lone first line at the page bottom: move the paragraph
        }
        if (count == 0 && space.Forced)
            return (1, lines[_firstLine].Height); // the true height: a container checks it against the space
        return (count, height);
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var lines = LinesFor(space.Width);
        var (count, _) = Fitting(lines, space);
        var top = y;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            var line = lines[i];
            var offset = alignment switch
            {
                ColumnAlignment.Center => (space.Width - line.Width) / 2,
                ColumnAlignment.Right => space.Width - line.Width,
                _ => 0,
            };
            TextLinePainter.Paint(canvas, line, x + offset, top, x, x + space.Width);
            top += line.Height;
        }
        _firstLine += count;
    }

    protected override void ResetCore() => _firstLine = 0;

    /// <inheritdoc/>
    public override TextBaselines? Baselines(float width)
    {
        var lines = LinesFor(width);
        if (lines.Count == 0)
            return null;
        var above = 0f;
        for (var i = 0; i < lines.Count - 1; i++)
            above += lines[i].Height;
        return new TextBaselines(lines[0].Baseline, above + lines[^1].Baseline);
    }

    /// <summary>Width of the widest line when laid out without a width limit (for sizing badges and columns).</summary>
    public float NaturalWidth() => LinesFor(float.MaxValue / 4).Select(l => l.Width).DefaultIfEmpty(0).Max();
}
