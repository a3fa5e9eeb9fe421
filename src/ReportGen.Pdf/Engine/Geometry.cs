namespace ReportGen.Pdf.Engine;

/// <summary>A rectangle in points, origin top-left, y growing downwards (page coordinates).</summary>
internal readonly record struct Box(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;
    public float Bottom => Y + Height;

    public bool Intersects(Box other, float tolerance = 0.01f) =>
        X < other.Right - tolerance && other.X < Right - tolerance &&
        Y < other.Bottom - tolerance && other.Y < Bottom - tolerance;

    public override string ToString() =>
        FormattableString.Invariant($"({X:0.##},{Y:0.##} {Width:0.##}x{Height:0.##})");
}

/// <summary>Where an element's lines of text sit, measured from its top: the baseline of its first line and of its
/// last. Containers use them to set neighbours' text on one line, whatever box (a pill, padding) is around it.</summary>
internal readonly record struct TextBaselines(float First, float Last)
{
    public TextBaselines Below(float offset) => new(First + offset, Last + offset);
}

/// <summary>The space offered to an element: the width of its column, the height left on the page, and whether it
/// must make progress now (<see cref="Forced"/>: a fresh page already refused it once, so declining would loop), and
/// whether nothing has been drawn above it on this page (<see cref="AtPageTop"/>: a page break there is a no-op).</summary>
internal readonly record struct AvailableSpace(float Width, float Height, bool Forced = false, bool AtPageTop = false)
{
    public AvailableSpace Shrink(float width, float height) => this with { Width = Width - width, Height = Height - height };
}

/// <summary>What an element answers when offered a space.</summary>
internal enum Fit
{
    /// <summary>Nothing can be drawn here: move to the next page.</summary>
    Nothing,
    /// <summary>Part fits (the height given); the rest continues on the next page.</summary>
    Partial,
    /// <summary>Everything left fits in the height given.</summary>
    Full,
}

/// <summary>The answer to a measure: how much fits and the height it uses.</summary>
internal readonly record struct SpacePlan(Fit Fit, float Height)
{
    public static SpacePlan Nothing => new(Fit.Nothing, 0);
    public static SpacePlan Partial(float height) => new(Fit.Partial, height);
    public static SpacePlan Full(float height) => new(Fit.Full, height);
}
