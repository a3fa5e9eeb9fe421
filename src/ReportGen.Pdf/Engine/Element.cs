namespace ReportGen.Pdf.Engine;

/// <summary>A piece of layout. <see cref="Measure"/> says how much of what is left fits in a space without changing
/// anything; <see cref="Draw"/> draws exactly that much and advances the element's paging state so the next page
/// resumes where this one stopped; <see cref="Reset"/> rewinds to the start (used to lay out twice).</summary>
/// <remarks>Measures are memoised per space until the next draw or reset: containers measure their children both to
/// plan and to draw, and nesting would otherwise multiply the work.</remarks>
internal abstract class Element
{
    private AvailableSpace _measuredSpace;
    private SpacePlan _measuredPlan;
    private bool _hasMeasure;

    public SpacePlan Measure(AvailableSpace space)
    {
        if (_hasMeasure && _measuredSpace == space)
            return _measuredPlan;
        _measuredPlan = MeasureCore(space);
        _measuredSpace = space;
        _hasMeasure = true;
        return _measuredPlan;
    }

    /// <summary>Draws what <see cref="Measure"/> said fits, with its top-left corner at (<paramref name="x"/>,
    /// <paramref name="y"/>). Only called when the measure was not <see cref="Fit.Nothing"/>.</summary>
    public void Draw(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        DrawCore(canvas, x, y, space);
        _hasMeasure = false;
    }

    public void Reset()
    {
        _hasMeasure = false;
        ResetCore();
    }

    /// <summary>Where the element's text lines sit when it is laid out whole at <paramref name="width"/> (from its start,
    /// whatever has been drawn); null for an element without text, or one that does not say.</summary>
    public virtual TextBaselines? Baselines(float width) => null;

    protected abstract SpacePlan MeasureCore(AvailableSpace space);
    protected abstract void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space);
    protected abstract void ResetCore();
}
