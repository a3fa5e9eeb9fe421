namespace ReportGen.Core.Review;

/// <summary>The two statistics a review quotes for durations, defined once here and stated in the review's footnote:
/// the median is the middle value of the sorted values (the mean of the two middle ones when their number is even);
/// the 90th percentile is by nearest rank: the value at rank ⌈0.9 × n⌉ (1-based) of the sorted values, i.e. the
/// smallest value with at least 90% of all values at or below it. Both are null for no values.</summary>
public static class Percentiles
{
    /// <summary>How the footnote words the definitions.</summary>
    public const string Definition =
        "Median: the middle value (the mean of the two middle values when their number is even). " +
        "p90: the 90th percentile by nearest rank, the value at rank 0.9 × n (rounded up) of the n values sorted from fastest to slowest.";

    /// <summary>The median of <paramref name="values"/> (any order).</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = Sorted(values);
        if (sorted.Length == 0) return null;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }

    /// <summary>The <paramref name="percent"/>th percentile of <paramref name="values"/> by nearest rank.</summary>
    public static TimeSpan? NearestRank(IEnumerable<TimeSpan> values, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = Sorted(values);
        if (sorted.Length == 0) return null;
        var rank = (int)((percent * (long)sorted.Length + 99) / 100); // ⌈percent × n / 100⌉ in integers
        return sorted[rank - 1];
    }

    private static TimeSpan[] Sorted(IEnumerable<TimeSpan> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }
}
