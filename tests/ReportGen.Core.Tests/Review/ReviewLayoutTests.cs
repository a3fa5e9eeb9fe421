using ReportGen.Core.Layouts;
using ReportGen.Core.Review;

namespace ReportGen.Core.Tests.Review;

/// <summary>The built-in review layout renders the generated folder's review into Markdown and a document.</summary>
public sealed class ReviewLayoutTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    internal static ReportLayout Layout
    {
        get
        {
            var loaded = ReportLayout.Load(null, LayoutKind.Review);
            Assert.True(loaded.Layout is not null, string.Join("\n", loaded.Diagnostics));
            return loaded.Layout!;
        }
    }

    [Fact]
    public void A_postmortem_layout_cannot_build_a_review() =>
        Assert.Throws<ArgumentException>(() => new ReviewBuilder(ReportLayout.Load(null).Layout!));

    [Fact]
    public void The_quarter_review_renders_without_problems()
    {
        var built = new ReviewBuilder(Layout).Build(fixture.Build(new ReviewRequest(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30))));
        Assert.True(built.Document is not null, string.Join("\n", built.Diagnostics));
        Assert.Empty(built.Diagnostics);
        var headings = built.Document!.Blocks.OfType<Document.HeadingBlock>().Where(h => h.Level == 2)
            .Select(h => Document.Inlines.PlainText(h.Inlines)).ToList();
        Assert.Equal(["Speed", "Trend", "Action items", "Recurring", "Sign-off status", "All incidents", "About these figures"], headings);
        Assert.False(built.Document.Settings.IsDraft);
        var trend = Assert.Single(built.Document.Blocks.OfType<Document.TrendFigureBlock>());
        Assert.Equal(["Apr", "May", "Jun"], trend.Chart.Columns.Select(c => c.Label));
        Assert.Equal(["severity-critical", "severity-high", "severity-medium", "severity-low"], trend.Chart.Series.Select(s => s.Tone));
        var quarter = fixture.Build(new ReviewRequest(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)));
        Assert.Equal(quarter.Trend.Select(b => b.Total), trend.Chart.Columns.Select(c => c.Total));
        Assert.Equal("Month", trend.Chart.CategoryTitle);
        Assert.IsType<Document.TitleBlock>(built.Document.Blocks[0]);
        Assert.Equal(new DateTimeOffset(2026, 7, 3, 0, 0, 0, TimeSpan.Zero), built.Document.Settings.Created);
    }
}

/// <summary>A review's link policy: the built-in schemes, anchors, and PDFs in the review's own folder (each incident's
/// report); nothing else relative, and a postmortem allows no relative link at all.</summary>
public sealed class ReviewLinkPolicyTests
{
    [Theory]
    [InlineData("checkout-outage.pdf", true)]
    [InlineData("team-b/inc-001.pdf", true)]
    [InlineData("notes.txt", false)]
    [InlineData("../other/inc.pdf", false)]
    [InlineData("/srv/reports/inc.pdf", false)]
    [InlineData("file:///srv/inc.pdf", false)]
    [InlineData("https://example.com/x", true)]
    public void A_review_keeps_only_links_to_pdfs_beside_it(string url, bool allowed)
    {
        Assert.Equal(allowed, new Core.Markdown.LinkPolicy([], localPdfs: true).Allows(url));
        Assert.Equal(url.StartsWith("https:", StringComparison.Ordinal), Core.Markdown.LinkPolicy.Default.Allows(url));
    }
}
