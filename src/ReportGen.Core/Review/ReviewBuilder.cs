using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Core.Markdown;
using ReportGen.Document;

namespace ReportGen.Core.Review;

/// <summary>Turns a <see cref="Portfolio"/> into the review's Markdown (through the review layout) and the Document
/// model both writers consume: the same pipeline as one incident's report, over many. Immutable; safe to share.
/// Problems caused by the layout come back as diagnostics, never as exceptions.</summary>
public sealed class ReviewBuilder
{
    /// <summary>The file name the review's outputs take (<c>review.pdf</c>, <c>review.docx</c>, <c>review.md</c>).</summary>
    public const string BaseName = "review";

    /// <summary>How many action items or unsigned postmortems a list shows by default.</summary>
    public const int DefaultListLimit = 100;

    private readonly ReportLayout _layout;
    private readonly int _listLimit;
    private readonly LayoutBudget _budget;
    private readonly LinkPolicy _links;

    /// <summary>A builder for <paramref name="layout"/>, which must be a review layout. Lists of action items and of
    /// unsigned postmortems show at most <paramref name="listLimit"/> entries, the most urgent first, and say how many
    /// there are in all (the CSV tables hold every one).</summary>
    /// <param name="layout">A review layout.</param>
    /// <param name="listLimit">Longest list of action items or unsigned postmortems.</param>
    /// <param name="budget">How much work the layout may do (null: the default budget, which grows with the data).</param>
    public ReviewBuilder(ReportLayout layout, int listLimit = DefaultListLimit, LayoutBudget? budget = null)
    {
        if (layout.Kind != LayoutKind.Review)
            throw new ArgumentException($"a review needs a review layout, not a {layout.Kind.Name} layout", nameof(layout));
        ArgumentOutOfRangeException.ThrowIfLessThan(listLimit, 1);
        _layout = layout;
        _listLimit = listLimit;
        _budget = budget ?? LayoutBudget.Default;
        // Each incident links to its own report beside the review (a PDF in the review's folder).
        _links = new LinkPolicy(layout.Theme.LinkSchemes, localPdfs: true);
    }

    /// <summary>The layout's page, fonts and colours.</summary>
    public Theme Theme => _layout.Theme;

    /// <summary>Renders the review of <paramref name="portfolio"/>. The document is null when there are errors.</summary>
    public BuildResult Build(Portfolio portfolio)
    {
        using var culture = InvariantCultureScope.Enter(); // what a layout prints never depends on the machine's locale
        var diagnostics = new List<Diagnostic>();
        var trend = TrendChartBuilder.Build(portfolio);
        var markdown = _layout.Render(ReviewTemplateModel.Build(portfolio, trend is not null, _listLimit), diagnostics, _budget);
        if (markdown is null) return new BuildResult(null, null, diagnostics);

        var content = LayoutMarkdown.Map(markdown, BaseName + ".md", _layout.Name, "Incident review",
            problems => new DocumentMapper(problems, _ => null, chart: null, _layout.Theme.ContentsLevels, _links, trend), diagnostics);
        if (content is not { } mapped) return new BuildResult(markdown, null, diagnostics);
        var (blocks, settings) = mapped;
        settings = settings with
        {
            IsDraft = false, // a review is a snapshot as of a date, never a draft of a postmortem
            Created = portfolio.Period is { } p ? new DateTimeOffset(p.AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : settings.Created,
            Source = portfolio.InputsSha256 is { } inputs
                ? new SourceFingerprint(inputs, _layout.ContentSha256, Fingerprints.ReportGenVersion.Current) : null,
        };
        return new BuildResult(markdown, new ReportDocument { Settings = settings, Theme = _layout.Theme, Blocks = blocks }, diagnostics);
    }
}
