using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>How a box is painted behind its child: fill, outline, rounded corners and an accent bar on the left.</summary>
internal sealed record BoxStyle
{
    public RgbColor? Fill { get; init; }
    public RgbColor? Border { get; init; }
    public float BorderWidth { get; init; } = 0.75f;
    public float CornerRadius { get; init; }
    public RgbColor? AccentBar { get; init; }
    public float AccentBarWidth { get; init; } = 3;
    /// <summary>A line along the bottom edge of every part (table rows).</summary>
    public RgbColor? BottomRule { get; init; }
    public float BottomRuleWidth { get; init; } = 0.5f;
    /// <summary>Paint the box down to the bottom of the space offered (cards in a stretched row) once the child fits.</summary>
    public bool FillHeight { get; init; }
}

/// <summary>Paints a background, border or accent bar behind a child, sized to the part drawn on each page. The
/// painting is marked as an artifact: it is the look, and the child is the content.</summary>
internal sealed class BoxElement(Element child, BoxStyle style) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space) => child.Measure(space);

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var plan = child.Measure(space);
        var height = style.FillHeight && plan.Fit == Fit.Full ? Math.Max(plan.Height, space.Height) : plan.Height;
        var box = new Box(x, y, space.Width, height);
        if (style.Fill is not null || style.AccentBar is not null || style.Border is not null)
        {
            using var artifact = canvas.Artifact(box); // the box's look, not content
            if (style.Fill is { } fill)
                canvas.FillRect(box, fill, style.CornerRadius);
            if (style.AccentBar is { } bar)
                canvas.FillRect(box with { Width = style.AccentBarWidth }, bar, Math.Min(style.CornerRadius, style.AccentBarWidth / 2));
            if (style.Border is { } border)
            {
                var inset = style.BorderWidth / 2;
                var stroke = new Box(x + inset, y + inset, space.Width - 2 * inset, height - 2 * inset);
                canvas.StrokeRect(stroke, border, style.BorderWidth, style.CornerRadius);
            }
        }
        child.Draw(canvas, x, y, space);
        if (style.BottomRule is { } rule)
        {
            var ruleY = y + height - style.BottomRuleWidth / 2;
            using var artifact = canvas.Artifact(new Box(x, ruleY - style.BottomRuleWidth / 2, space.Width, style.BottomRuleWidth));
            canvas.Line(x, ruleY, x + space.Width, ruleY, rule, style.BottomRuleWidth);
        }
    }

    protected override void ResetCore() => child.Reset();
}
