namespace ReportGen.Core.Markdown;

/// <summary>Counts the elementary steps the Markdown confinement takes (characters visited, look-ahead scans, and one
/// step per character handed to a Markdig block parse), so a test can check that the work grows linearly with the
/// input without timing anything. Optional everywhere (null costs nothing); one instance per measurement.</summary>
internal sealed class WorkMeter
{
    /// <summary>Steps counted so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts <paramref name="steps"/> more.</summary>
    public void Add(long steps) => Steps += steps;
}
