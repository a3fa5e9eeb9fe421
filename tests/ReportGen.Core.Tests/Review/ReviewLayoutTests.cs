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
    public void The_quarter_review_renders_without_problems()
    {
        var built = new ReviewBuilder(Layout).Build(fixture.Build(new ReviewRequest(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30))));
        File.WriteAllText("/tmp/review-debug.md", built.Markdown ?? "(null)");
        Assert.True(built.Document is not null, string.Join("\n", built.Diagnostics));
        Assert.Empty(built.Diagnostics);
    }
}
