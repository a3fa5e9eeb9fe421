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
        var fixedSum = _items.Sum(i => i.FixedWidth ?? 0) + _gap * Math.Max(0, _items.Count - 1);
        var weights = _items.Where(i => i.FixedWidth is null).Sum(i => i.Weight);
        var flexible = Math.Max(0, total - fixedSum);
        return _items.Select(i => i.FixedWidth ?? (weights > 0 ? flexible * i.Weight / weights : 0)).ToArray();
    }

    protected override SpacePlan MeasureCore(LayoutSpace space)
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

    protected override void DrawCore(ICanvas canvas, float x, float y, LayoutSpace space)
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
