namespace ReportGen.Pdf.Figures;

/// <summary>Sizes of the timeline figure in points; one place so drawing and layout agree.</summary>
internal sealed record TimelineStyle
{
    public double LabelFontSize { get; init; } = 7;
    public double TickFontSize { get; init; } = 6.5;
    public double BandHeight { get; init; } = 16;
    public double MarkerSize { get; init; } = 6;
    public double LabelRowHeight { get; init; } = 11;
    public int MaxLabelRows { get; init; } = 4;
    public double LabelGap { get; init; } = 4;
    public double SideMargin { get; init; } = 4;
    public int MaxLabelChars { get; init; } = 34;
}
