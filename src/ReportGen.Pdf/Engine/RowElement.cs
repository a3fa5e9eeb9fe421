namespace ReportGen.Pdf.Engine;

/// <summary>A cell of a row: a fixed width in points, or a share of the width left (<see cref="Weight"/>).</summary>
internal sealed record RowItem(Element Element, float? FixedWidth = null, float Weight = 1);

/// <summary>Places children side by side. The row is as tall as its tallest child on each page; it splits when a child
/// splits, and moves as a whole when any unfinished child cannot start (unless the page is forced).</summary>
internal sealed class RowElement : Element
{
    private readonly IReadOnlyList<RowItem> _items;
    private readonly float _gap;
    private readonly bool[] _done;

    private readonly bool _stretch;
    private float[]? _widths; // for _widthsFor: rows are measured at the same width again and again
    private float _widthsFor;

    /// <param name="items">The cells, left to right.</param>
    /// <param name="gap">Space between cells.</param>
    /// <param name="stretch">Offer every cell the row's full height when drawing, so boxed cells (cards) line up.</param>
    public RowElement(IReadOnlyList<RowItem> items, float gap = 0, bool stretch = false)
    {
        _items = items;
        _gap = gap;
        _stretch = stretch;
        _done = new bool[items.Count];
    }

    public float[] Widths(float total)
    {
        if (total == _widthsFor && _widths is not null)
            return _widths;
        var fixedSum = _gap * Math.Max(0, _items.Count - 1);
        var weights = 0f;
        foreach (var item in _items)
        {
            fixedSum += item.FixedWidth ?? 0;
            weights += item.FixedWidth is null ? item.Weight : 0;
        }
        var flexible = Math.Max(0, total - fixedSum);
        var widths = new float[_items.Count];
        for (var i = 0; i < widths.Length; i++)
            widths[i] = _items[i].FixedWidth ?? (weights > 0 ? flexible * _items[i].Weight / weights : 0);
        (_widths, _widthsFor) = (widths, total);
        return widths;
    }

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var widths = Widths(space.Width);
        var height = 0f;
        bool anyPartial = false, anyNothing = false, anyProgress = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_done[i])
                continue;
            var plan = _items[i].Element.Measure(space with { Width = widths[i] });
            anyNothing |= plan.Fit == Fit.Nothing;
            anyPartial |= plan.Fit == Fit.Partial;
            anyProgress |= plan.Fit != Fit.Nothing;
            height = Math.Max(height, plan.Height);
        }
        if (anyNothing && (!anyProgress || !space.Forced))
            return SpacePlan.Nothing;
        return anyPartial || anyNothing ? SpacePlan.Partial(height) : SpacePlan.Full(height);
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var widths = Widths(space.Width);
        var rowHeight = MeasureCore(space).Height;
        var left = x;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done[i])
            {
                var childSpace = space with { Width = widths[i] };
                var plan = _items[i].Element.Measure(childSpace);
                if (plan.Fit != Fit.Nothing)
                {
                    var drawSpace = _stretch && plan.Fit == Fit.Full ? childSpace with { Height = rowHeight } : childSpace;
                    _items[i].Element.Draw(canvas, left, y, drawSpace);
                    _done[i] = plan.Fit == Fit.Full;
                }
            }
            left += widths[i] + _gap;
        }
    }

    protected override void ResetCore()
    {
        Array.Clear(_done);
        foreach (var item in _items)
            item.Element.Reset();
    }
}
