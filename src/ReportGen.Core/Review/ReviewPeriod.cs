namespace ReportGen.Core.Review;

/// <summary>What a review was asked for: the period on the incidents' start dates and the date overdue items are
/// judged on. Each is optional; <see cref="ReviewPeriod.Resolve"/> fills the gaps from the inputs, never from the clock.</summary>
/// <param name="From">First day of the period (inclusive), or null for "from the earliest incident".</param>
/// <param name="To">Last day of the period (inclusive), or null for "to the latest incident".</param>
/// <param name="AsOf">The date overdue items are judged on, or null for the latest postmortem date among the inputs.</param>
public sealed record ReviewRequest(DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null);

/// <summary>Where a review's as-of date came from.</summary>
public enum AsOfSource
{
    /// <summary>Given with <c>--as-of</c>.</summary>
    Given,
    /// <summary>The latest postmortem date among the inputs.</summary>
    LatestPostmortemDate,
    /// <summary>No input has a postmortem date: the latest start or resolution date among the inputs.</summary>
    LatestIncidentDate,
}

/// <summary>A resolved review period: both ends (inclusive dates), the as-of date and how it was chosen, and the
/// previous period of the same length when the inputs reach into it.</summary>
public sealed record ReviewPeriod
{
    /// <summary>First day, inclusive.</summary>
    public required DateOnly From { get; init; }
    /// <summary>Last day, inclusive.</summary>
    public required DateOnly To { get; init; }
    /// <summary>The date overdue items are judged on.</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>How <see cref="AsOf"/> was chosen.</summary>
    public required AsOfSource AsOfSource { get; init; }
    /// <summary>True when <see cref="From"/> was given rather than taken from the inputs.</summary>
    public bool FromGiven { get; init; }
    /// <summary>True when <see cref="To"/> was given rather than taken from the inputs.</summary>
    public bool ToGiven { get; init; }
    /// <summary>The period of the same length just before this one, when the inputs reach into it (some input is dated
    /// on or before its last day); null otherwise.</summary>
    public PreviousPeriod? Previous { get; init; }

    /// <summary>Length in days.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Fills what <paramref name="request"/> leaves open from <paramref name="all"/> (every valid input, in
    /// or out of the period). Null only when nothing at all gives a date (no valid input and no date given).</summary>
    public static ReviewPeriod? Resolve(ReviewRequest request, IReadOnlyCollection<ReviewIncident> all)
    {
        DateOnly? earliest = all.Count == 0 ? null : all.Min(i => i.Date);
        DateOnly? latest = all.Count == 0 ? null : all.Max(i => i.Date);
        var from = request.From ?? earliest ?? request.To ?? request.AsOf;
        var to = request.To ?? latest ?? request.From ?? request.AsOf;
        if (from is null || to is null) return null;
        if (to < from) to = from; // only when one end was taken from inputs that all lie outside the given other end

        var (asOf, source) = ChooseAsOf(request, all, to.Value);
        var period = new ReviewPeriod
        {
            From = from.Value, To = to.Value, AsOf = asOf, AsOfSource = source,
            FromGiven = request.From is not null, ToGiven = request.To is not null,
        };
        var previous = PreviousPeriod.Before(period);
        return previous is not null && earliest is { } e && e <= previous.To ? period with { Previous = previous } : period;
    }

    private static (DateOnly, AsOfSource) ChooseAsOf(ReviewRequest request, IReadOnlyCollection<ReviewIncident> all, DateOnly fallback)
    {
        if (request.AsOf is { } given) return (given, AsOfSource.Given);
        var postmortem = all.Where(i => i.PostmortemDate is not null).Select(i => i.PostmortemDate!.Value).DefaultIfEmpty().Max();
        if (postmortem != default) return (postmortem, AsOfSource.LatestPostmortemDate);
        var dates = all.Select(i => i.ResolvedDate is { } r && r > i.Date ? r : i.Date).ToList();
        return (dates.Count > 0 ? dates.Max() : fallback, AsOfSource.LatestIncidentDate);
    }
}

/// <summary>The period of the same length just before a review period: the same number of calendar months when the
/// period is whole months (2026-04-01…06-30 → 2026-01-01…03-31), else the same number of days.</summary>
/// <param name="From">First day, inclusive.</param>
/// <param name="To">Last day, inclusive (the day before the review period starts).</param>
public sealed record PreviousPeriod(DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The period before <paramref name="period"/>; null when it would start before the first day of the calendar.</summary>
    public static PreviousPeriod? Before(ReviewPeriod period)
    {
        if (period.From.DayNumber <= period.Days + 31) return null;
        var to = period.From.AddDays(-1);
        var wholeMonths = period.From.Day == 1 && period.To.AddDays(1).Day == 1;
        if (wholeMonths)
        {
            var months = (period.To.Year * 12 + period.To.Month) - (period.From.Year * 12 + period.From.Month) + 1;
            return new PreviousPeriod(period.From.AddMonths(-months), to);
        }
        return new PreviousPeriod(period.From.AddDays(-period.Days), to);
    }
}
