using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>A pill: short text on a rounded fill, as wide as its text (at most the column). Never splits.</summary>
internal sealed class BadgeElement(TextElement text, RgbColor fill, float padX, float padY) : Element
{
    private float InnerWidth(float available) => Math.Min(text.NaturalWidth() + 0.5f, Math.Max(1, available - 2 * padX));

    /// <summary>The width the badge takes when the column is wide enough.</summary>
    public float NaturalWidth => text.NaturalWidth() + 0.5f + 2 * padX;

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        text.Reset();
        var plan = text.Measure(new AvailableSpace(InnerWidth(space.Width), float.MaxValue / 4));
        var height = plan.Height + 2 * padY;
        return height <= space.Height || space.Forced ? SpacePlan.Full(height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var inner = InnerWidth(space.Width);
        var height = MeasureCore(space).Height;
        var pill = new Box(x, y, inner + 2 * padX, height);
        using (canvas.Artifact(pill)) // the pill is the look; the text on it is the content
            canvas.FillRect(pill, fill, Math.Min(height / 2, 6));
        text.Reset();
        text.Draw(canvas, x + padX, y + padY, new AvailableSpace(inner, float.MaxValue / 4));
    }

    protected override void ResetCore() => text.Reset();

    /// <inheritdoc/>
    public override TextBaselines? Baselines(float width) => text.Baselines(InnerWidth(width))?.Below(padY);
}
