using ReportGen.Core.Review;

namespace ReportGen.Cli.Review;

/// <summary>Links each incident of a review to its own report when <c>reportgen render</c> wrote it beside the review:
/// <c>render PATH... --out DIR</c> puts <c>sub/folder/stem.pdf</c> under DIR for the same inputs, so a review made
/// into DIR links there, relatively, and the folder can be moved or zipped as a whole. An incident whose report is not
/// there is listed without a link (a link that leads nowhere is worse than none).</summary>
internal static class ReportLinks
{
    /// <summary>The incidents with <see cref="ReviewIncident.ReportLink"/> set where the report exists in
    /// <paramref name="outputDirectory"/>. <paramref name="reserved"/> are paths the review itself writes (relative,
    /// forward slashes): an input named like the review pack would link to the pack, so it gets no link.</summary>
    public static IReadOnlyList<ReviewIncident> Attach(IReadOnlyList<ReviewIncident> incidents, string outputDirectory, IReadOnlySet<string> reserved) =>
        incidents.Select(i =>
        {
            var relative = Path.Join(i.Source.RelativeDirectory, i.Source.Stem + ".pdf").Replace('\\', '/');
            var full = Path.Combine(outputDirectory, relative);
            return !reserved.Contains(relative) && File.Exists(full) ? i with { ReportLink = relative } : i;
        }).ToList();
}
