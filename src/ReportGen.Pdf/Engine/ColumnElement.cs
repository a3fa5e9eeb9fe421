namespace ReportGen.Pdf.Engine;

/// <summary>A child of a column: the gap above it (dropped when it starts a page) and whether it must stay on the
/// same page as the child after it (headings).</summary>
internal sealed record ColumnItem(Element Element, float GapBefore = 0, bool KeepWithNext = false);

/// <summary>Stacks children vertically. Pages break between children or inside the one that only partly fits; a child
/// marked keep-with-next moves to the next page with its follower when the follower cannot start here.</summary>
internal sealed class ColumnElement(IReadOnlyList<ColumnItem> items) : Element
{
    private int _index;

    protected override SpacePlan MeasureCore(AvailableSpace space) => Plan(space).Result;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
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

    // Pinned: part of the kept chain a forced page starts with; it stays on this page.
    private readonly record struct Step(int Index, float Top, AvailableSpace Space, SpacePlan Plan, bool Pinned);

    private const float Epsilon = 0.01f;
    private readonly List<Step> _steps = []; // reused: a plan is read before the next one is made

    /// <remarks>A forced page is one on which the content left refused an empty page: here that means a keep-with-next
    /// chain (headings and what follows them) too tall for any page. The chain breaks: only the first item is forced,
    /// the kept items after it take the page as far as they fit and stay (no roll-back), and the item that ends the
    /// chain is forced to start below them if it can do so inside the space left. Nothing is ever placed past the
    /// bottom of the space.</remarks>
    private (SpacePlan Result, List<Step> Steps) Plan(AvailableSpace space)
    {
        var steps = _steps;
        steps.Clear();
        var used = 0f;
        var pinnedChain = space.Forced;
        for (var i = _index; i < items.Count; i++)
        {
            var item = items[i];
            var first = steps.Count == 0;
            var gap = used <= 0 ? 0 : item.GapBefore; // nothing above on this page: no gap at the page top
            var top = used + gap;
            var childSpace = new AvailableSpace(space.Width, Math.Max(0, space.Height - top), space.Forced && first,
                space.AtPageTop && used <= 0);
            var plan = item.Element.Measure(childSpace);
            if (plan.Fit == Fit.Nothing && pinnedChain && !first && !item.KeepWithNext)
            {
                // The end of a chain too long for a page: start it below the chain rather than leave the chain alone.
                childSpace = childSpace with { Forced = true };
                plan = item.Element.Measure(childSpace);
                if (plan.Height > childSpace.Height + Epsilon)
                    plan = SpacePlan.Nothing;
            }
            if (plan.Fit == Fit.Nothing)
            {
                RollBackKeptItems(steps);
                break;
            }
            steps.Add(new Step(i, top, childSpace, plan, pinnedChain));
            used = top + plan.Height;
            if (plan.Fit == Fit.Partial)
                break;
            pinnedChain = pinnedChain && item.KeepWithNext;
        }
        if (steps.Count == 0)
            return (_index >= items.Count ? SpacePlan.Full(0) : SpacePlan.Nothing, steps);
        var last = steps[^1];
        var height = last.Top + last.Plan.Height;
        var complete = last.Index == items.Count - 1 && last.Plan.Fit == Fit.Full;
        return (complete ? SpacePlan.Full(height) : SpacePlan.Partial(height), steps);
    }

    /// <summary>When an item cannot start, the keep-with-next items right before it leave the page with it, unless
    /// they are the pinned chain of a forced page (a chain too long for any page breaks where the page ends).</summary>
    private void RollBackKeptItems(List<Step> steps)
    {
        while (steps.Count > 0 && items[steps[^1].Index].KeepWithNext && !steps[^1].Pinned)
            steps.RemoveAt(steps.Count - 1);
    }
}
