using System.Globalization;

namespace ReportGen.Core.Layouts;

/// <summary>The messages of a layout render stopped by one of its <see cref="LayoutLimits"/>: each names the limit, what
/// it is for this incident, and (in the diagnostic's hint) the option that raises it.</summary>
internal static class LayoutStops
{
    /// <summary>The message for a Scriban error caused by reaching one of the limits, or null for any other error.
    /// Scriban says which limit in its message (it has no error codes).</summary>
    public static string? LimitReached(string scribanMessage, LayoutLimits limits)
    {
        if (scribanMessage.Contains("iteration limit", StringComparison.Ordinal) || scribanMessage.Contains("LoopLimit", StringComparison.Ordinal))
            return Invariant($"layout stopped: its loops ran more than {limits.LoopIterations:N0} iterations, the budget for this incident ")
                   + Invariant($"({LayoutBudget.BaseLoopIterations:N0} plus {LayoutBudget.LoopIterationsPerValue} per value in the incident")
                   + Times(limits) + "); a loop that never ends?";
        if (scribanMessage.Contains("LimitToString", StringComparison.Ordinal) || scribanMessage.Contains("OutputLimit", StringComparison.Ordinal))
            return Invariant($"layout stopped: its output passed {limits.OutputCharacters:N0} characters, the budget for this incident ")
                   + Invariant($"(1 MiB plus {LayoutBudget.OutputCharactersPerTextCharacter} per character of the incident's text and ")
                   + Invariant($"{LayoutBudget.OutputCharactersPerValue} per value") + Times(limits)
                   + "); a loop that never ends, or a string that keeps growing?";
        if (scribanMessage.Contains("recursive depth limit", StringComparison.Ordinal))
            return TooDeep(limits);
        return null;
    }

    /// <summary>Includes or functions nested past the limit (or past what the thread's stack holds).</summary>
    public static string TooDeep(LayoutLimits limits) =>
        Invariant($"layout stopped: includes and function calls nested more than {limits.Recursion} deep; a function or include that calls itself for ever?");

    /// <summary>The render ran out of time.</summary>
    public static string TimeLimit(LayoutLimits limits) =>
        Invariant($"layout stopped: it ran longer than {limits.Time.TotalSeconds:0.###} s, the budget for this incident ")
        + Invariant($"({LayoutBudget.BaseTime.TotalSeconds:0} s plus {LayoutBudget.TimePerMebibyte.TotalSeconds:0} s per MiB of the incident's text")
        + Times(limits) + "); a loop that never ends?";

    private static string Times(LayoutLimits limits) => limits.Scale == 1 ? "" : Invariant($", times {limits.Scale}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
