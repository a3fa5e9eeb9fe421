namespace ReportGen.Pdf.Engine;

/// <summary>Moves its child to the next page rather than splitting it, unless the page is forced (the child is taller
/// than a whole page and must split).</summary>
internal sealed class KeepTogetherElement(Element child) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var plan = child.Measure(space);
        return plan.Fit == Fit.Partial && !space.Forced ? SpacePlan.Nothing : plan;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space) => child.Draw(canvas, x, y, space);

    protected override void ResetCore() => child.Reset();
}

/// <summary>Starts its child only where at least <paramref name="minHeight"/> is left (or the child fits whole).</summary>
internal sealed class EnsureSpaceElement(Element child, float minHeight) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var plan = child.Measure(space);
        return plan.Fit == Fit.Partial && space.Height < minHeight && !space.Forced ? SpacePlan.Nothing : plan;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space) => child.Draw(canvas, x, y, space);

    protected override void ResetCore() => child.Reset();
}

/// <summary>Draws its whole child on every page it is asked to (table header rows, running headers): its state is
/// rewound after each draw, so it never completes and never splits.</summary>
internal sealed class RepeatElement(Element child) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        child.Reset();
        var plan = child.Measure(space with { Forced = true });
        return plan.Fit == Fit.Full && plan.Height <= space.Height ? plan : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        child.Reset();
        child.Draw(canvas, x, y, space with { Forced = true });
        child.Reset();
    }

    protected override void ResetCore() => child.Reset();
}

/// <summary>Marks where its child starts: a named destination for internal links and an outline entry, placed on the
/// page where the child's first part is drawn.</summary>
internal sealed class AnchorElement(Element child, string? destination, string? bookmarkTitle, int bookmarkLevel) : Element
{
    private bool _marked;

    protected override SpacePlan MeasureCore(AvailableSpace space) => child.Measure(space);

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        if (!_marked)
        {
            if (!string.IsNullOrEmpty(destination))
                canvas.Destination(destination, x, y);
            if (!string.IsNullOrEmpty(bookmarkTitle))
                canvas.Bookmark(bookmarkTitle, bookmarkLevel, y);
            _marked = true;
        }
        child.Draw(canvas, x, y, space);
    }

    protected override void ResetCore()
    {
        _marked = false;
        child.Reset();
    }
}
