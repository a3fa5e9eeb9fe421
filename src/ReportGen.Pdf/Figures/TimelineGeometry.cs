namespace ReportGen.Pdf.Figures;

/// <summary>A rectangle in figure coordinates (points, origin at the figure's top-left).</summary>
internal readonly record struct FigureRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    /// <summary>True when the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(FigureRect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

/// <summary>A tick on the time axis and its label.</summary>
internal sealed record AxisTick(double X, string Label, FigureRect LabelBox);

/// <summary>A phase band (detect, mitigate, resolve) and its label when the label fits inside.</summary>
internal sealed record PhaseBand(string Phase, FigureRect Box, string? Label, FigureRect? LabelBox);

/// <summary>A marker for one timeline entry.</summary>
internal sealed record EntryMarker(double X, double Y, string Kind);

/// <summary>A label for an important entry, with the leader line from the marker to it.</summary>
internal sealed record EntryLabel(string Text, string Kind, FigureRect Box, double MarkerX, double LeaderTop, double LeaderBottom);

/// <summary>Everything needed to draw the incident-at-a-glance figure, computed without any drawing backend so it
/// can be tested for geometry (nothing overlaps, nothing leaves the box) and drawn the same way in PDF and PNG.</summary>
internal sealed record TimelineGeometry(
    double Width,
    double Height,
    double AxisY,
    double AxisLeft,
    double AxisRight,
    IReadOnlyList<AxisTick> Ticks,
    IReadOnlyList<PhaseBand> Bands,
    IReadOnlyList<EntryMarker> Markers,
    IReadOnlyList<EntryLabel> Labels,
    int OmittedLabels,
    string? AxisCaption);
