namespace ReportGen.Pdf.Engine;

/// <summary>A child of a column: the gap above it (dropped when it starts a page) and whether it must stay on the
/// same page as the child after it (headings).</summary>
internal sealed record ColumnItem(Element Element, float GapBefore = 0, bool KeepWithNext = false);

/// <summary>Stacks children vertically. Pages break between children or inside the one that only partly fits; a child
/// marked keep-with-next moves to the next page with its follower when the follower cannot start here.</summary>
internal sealed class ColumnElement(IReadOnlyList<ColumnItem> items) : Element
{
    private int _index;

    protected override SpacePlan MeasureCore(LayoutSpace space) => Plan(space).Result;

    protected override void DrawCore(ICanvas canvas, float x, float y, LayoutSpace space)
    {
        var plan = Plan(space);
        foreach (var step in plan.Steps)
        {
            var item = items[step.Index];
            item.Element.Draw(canvas, x, y + step.Top, step.Space);
            if (step.Plan.Fit == Fit.Full)
            {
                _index = step.Index + 1;
            }
            else
            {
                _index = step.Index;
            }
        }
    }

    protected override void ResetCore()
    {
        _index = 0;
        foreach (var item in items)
            item.Element.Reset();
    }

    private readonly record struct Step(int Index, float Top, LayoutSpace Space, SpacePlan Plan);

    private readonly List<Step> _steps = []; // reused: a plan is read before the next one is made

    private (SpacePlan Result, List<Step> Steps) Plan(LayoutSpace space)
    {
        var steps = _steps;
        steps.Clear();
        var used = 0f;
        var forcedChain = space.Forced;
        for (var i = _index; i < items.Count; i++)
        {
            var item = items[i];
            var gap = used <= 0 ? 0 : item.GapBefore; // nothing above on this page: no gap at the page top
            var top = used + gap;
            var childSpace = new LayoutSpace(space.Width, Math.Max(0, space.Height - top), forcedChain,
                space.AtPageTop && used <= 0);
            var plan = item.Element.Measure(childSpace);
            if (plan.Fit == Fit.Nothing)
            {
                RollBackKeptItems(steps);
                break;
            }
            steps.Add(new Step(i, top, childSpace, plan));
            used = top + plan.Height;
            if (plan.Fit == Fit.Partial)
                break;
            // A forced page must make progress: the item kept with the first one is forced along with it.
            forcedChain = forcedChain && item.KeepWithNext;
        }
        if (steps.Count == 0)
            return (_index >= items.Count ? SpacePlan.Full(0) : SpacePlan.Nothing, steps);
        var last = steps[^1];
        var height = last.Top + last.Plan.Height;
        var complete = last.Index == items.Count - 1 && last.Plan.Fit == Fit.Full;
        return (complete ? SpacePlan.Full(height) : SpacePlan.Partial(height), steps);
    }

    /// <summary>When an item cannot start, the keep-with-next items right before it leave the page with it, unless
    /// the page is forced (then they were forced in and stay).</summary>
    private void RollBackKeptItems(List<Step> steps)
    {
        while (steps.Count > 0 && items[steps[^1].Index].KeepWithNext && !steps[^1].Space.Forced)
            steps.RemoveAt(steps.Count - 1);
    }
}
