namespace ReportGen.Pdf.Engine;

/// <summary>Empty space around a child; on a page break the padding is repeated on each part.</summary>
internal sealed class PaddingElement(Element child, float left, float top, float right, float bottom) : Element
{
    public PaddingElement(Element child, float all) : this(child, all, all, all, all) { }

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var inner = space.Shrink(left + right, top + bottom);
        if (inner.Height < 0 && !space.Forced)
            return SpacePlan.Nothing;
        var plan = child.Measure(inner with { Height = Math.Max(0, inner.Height) });
        return plan.Fit == Fit.Nothing ? plan : plan with { Height = plan.Height + top + bottom };
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var inner = space.Shrink(left + right, top + bottom);
        child.Draw(canvas, x + left, y + top, inner with { Height = Math.Max(0, inner.Height) });
    }

    protected override void ResetCore() => child.Reset();

    /// <inheritdoc/>
    public override TextBaselines? Baselines(float width) => child.Baselines(width - left - right)?.Below(top);
}
