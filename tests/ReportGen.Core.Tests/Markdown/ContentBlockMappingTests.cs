using ReportGen.Document.Diagnostics;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>The layout's special containers become blocks holding all their data (title block, contents, sign-off
/// columns, timeline figure), so both writers show the same thing; block classes mean nothing to the writers, and a
/// layout that still relies on one is told so.</summary>
public class ContentBlockMappingTests
{
    private static BuildResult Build(string markdown, string? theme = null)
    {
        var template = markdown.Replace("{{", "{{ '{{' }}");
        var layout = theme is null
            ? LayoutTestKit.Load(("report.md.sbn", template))
            : LayoutTestKit.Load(("report.md.sbn", template), ("theme.yaml", theme));
        return LayoutTestKit.Build(TestIncidents.Full(), layout);
    }

    private static ReportDocument Document(string markdown, string? theme = null)
    {
        var result = Build(markdown, theme);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    [Fact]
    public void Title_container_becomes_a_title_block_with_kicker_subtitle_and_toned_badges()
    {
        var title = Assert.IsType<TitleBlock>(Document("""
            ::: title
            INC-7

            # Queue *stalled*

            Overnight, Europe

            - **Severity: High**{.tone-severity-high}
            - Draft
            :::
            """).Blocks.Single());
        Assert.Equal("INC-7", title.Kicker);
        Assert.Equal("Queue stalled", Inlines.PlainText(title.Title));
        Assert.IsType<EmphasisInline>(title.Title[1]);
        Assert.Equal("Overnight, Europe", Inlines.PlainText(title.Subtitle));
        Assert.Equal([new Badge("Severity: High", "severity-high"), new Badge("Draft", null)], title.Badges);
    }

    [Theory]
    [InlineData("::: title\nno heading here\n:::\n", 1, "needs one '# Title' heading")]
    [InlineData("::: title\n# One\n\n# Two\n:::\n", 4, "in this order")]
    [InlineData("::: title\n# One\n\n```\ncode\n```\n:::\n", 4, "in this order")]
    public void A_title_container_out_of_shape_is_an_error_at_its_line(string markdown, int line, string message)
    {
        var result = Build(markdown);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Contents_list_the_headings_the_theme_asks_for_with_the_containers_title()
    {
        const string md = "::: toc Inhalt\n:::\n\n## One\n\n### One a\n\n## Two\n";
        var toc = Assert.IsType<TableOfContentsBlock>(Document(md).Blocks[0]);
        Assert.Equal("Inhalt", toc.Title);
        Assert.Equal([new ContentsEntry(1, "One", "one"), new ContentsEntry(2, "One a", "one-a"), new ContentsEntry(1, "Two", "two")], toc.Entries);
        Assert.Equal((2, 3), (toc.TopLevel, toc.BottomLevel));
        var shallow = Assert.IsType<TableOfContentsBlock>(Document(md, "contents: { levels: 1 }").Blocks[0]);
        Assert.Equal(["One", "Two"], shallow.Entries.Select(e => e.Text));
        Assert.Equal((2, 2), (shallow.TopLevel, shallow.BottomLevel));
    }

    [Fact]
    public void Sign_off_columns_keep_the_layouts_labels_and_order()
    {
        var signOff = Assert.IsType<SignOffBlock>(Document("""
            ::: signoff
            | role | NAME | Date |
            |--|--|--|
            | Facilitator | Dana Kim | 2026-03-18 |
            :::
            """).Blocks.Single());
        Assert.Equal([new SignOffColumn(SignOffField.Role, "role"), new SignOffColumn(SignOffField.Name, "NAME"),
            new SignOffColumn(SignOffField.Date, "Date")], signOff.Columns);
        Assert.Equal(new SignOffEntry("Dana Kim", "Facilitator", "2026-03-18"), signOff.Entries.Single());
    }

    [Fact]
    public void An_unknown_sign_off_column_is_an_error()
    {
        var result = Build("::: signoff\n| Name | Role | Mood |\n|--|--|--|\n| a | b | c |\n:::\n");
        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Mood' is not a sign-off column", StringComparison.Ordinal));
    }

    [Fact]
    public void The_timeline_figure_carries_its_chart()
    {
        var figure = Assert.IsType<TimelineFigureBlock>(Document("![Alt text](figure:timeline \"Caption\")\n").Blocks.Single());
        Assert.Equal(("Caption", "Alt text"), (figure.Caption, figure.AltText));
        Assert.Equal(TestIncidents.Full().StartedAt, figure.Chart.Start);
    }

    [Fact]
    public void The_trend_figure_is_drawn_only_in_a_review()
    {
        var result = Build("![Incidents per month](figure:trend \"Trend\")\n");
        Assert.NotNull(result.Document);
        Assert.Empty(result.Document!.Blocks);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("figure:trend is drawn only in a review", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_on_a_block_has_no_effect_and_is_a_warning()
    {
        var result = Build("# Report {.title}\n\nText. {.caption}\n\n::: note\nInside.\n:::\n\n```sql\nSELECT 1;\n```\n");
        Assert.NotNull(result.Document);
        Assert.IsType<HeadingBlock>(result.Document!.Blocks[0]); // an ordinary heading, in both writers
        Assert.Equal([1, 3], result.Diagnostics.Select(d => d.Line)); // not the container's kind nor the fence's language
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("'::: title' container", result.Diagnostics[0].Message);
        Assert.Contains("'.caption' has no effect", result.Diagnostics[1].Message);
    }
}
