using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>One test per warning kind of the spec: exact line:column, path and hint; warnings never block loading.</summary>
public class WarningKindTests
{
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    [Fact]
    public void Timeline_out_of_order_warns_at_the_earlier_entry()
    {
        var result = Load(Minimal.Replace("""
              - at: "09:00"
                event: Something happened
            """, """
              - at: 2026-03-14T10:00:00Z
                event: Later
              - at: 2026-03-14T09:30:00Z
                event: Earlier
            """));
        AssertAt(Single(result, "is earlier than the entry above it (2026-03-14T10:00:00Z)"), W, 8, 9, "timeline[1].at", "order the timeline by time");
        Assert.NotNull(result.Incident);
        Assert.Equal("Earlier", result.Figures!.SortedTimeline[0].Event);
    }

    [Fact]
    public void Bare_time_far_behind_the_entry_above_rolls_over_but_warns()
    {
        var result = Load(Minimal.Replace("""
              - at: "09:00"
                event: Something happened
            """, """
              - at: "09:30"
                event: First
              - at: "09:10"
                event: Written out of order
            """));
        AssertAt(Single(result, "so it was read as the next day"), W, 8, 9, "timeline[1].at", "write a full timestamp");
        Assert.Equal(DateTimeOffset.Parse("2026-03-15T09:10:00Z"), result.Incident!.Timeline[1].At);
    }

    [Theory]
    [InlineData("title: Checkout down for [Name]", "[Name]", 2, 8)]
    [InlineData("title: Root cause TBD", "TBD", 2, 8)]
    [InlineData("title: 'TODO: fill in'", "TODO", 2, 8)]
    [InlineData("title: INC-XXXX outage", "XXX", 2, 8)]
    public void Placeholder_text_warns_at_the_value(string line, string placeholder, int row, int column)
    {
        var result = Load(Minimal.Replace("title: Test incident", line));
        var d = Single(result, "placeholder text");
        AssertAt(d, W, row, column, "title", "replace it with the real value");
        Assert.Contains(placeholder, d.Message);
        Assert.NotNull(result.Incident);
    }

    [Theory]
    [InlineData("See [the runbook](https://wiki.example/rb) for details")]
    [InlineData("Queue depth exceeded 10,000 (XX-large batch), TODOS are fine")]
    [InlineData("Ticket [PAY-12][1] and checkbox [ ] done")]
    [InlineData("Tracked in [PAY-1234]; the TODO_LIST table and TBD2 flag")]
    public void Markdown_links_and_ordinary_words_are_not_placeholders(string title)
    {
        Assert.Empty(Load(Minimal.Replace("title: Test incident", $"title: \"{title}\"")).Diagnostics);
    }

    [Fact]
    public void Action_item_due_before_the_postmortem_warns_at_due()
    {
        var result = Load(Minimal + """
            postmortem_date: 2026-03-20
            action_items:
              - id: A1
                action: Add an alert
                owner: SRE
                due: 2026-03-18
                priority: P2

            """);
        AssertAt(Single(result, "due 2026-03-18, before the postmortem date 2026-03-20"), W, 13, 10, "action_items[0].due", "after the postmortem");
    }

    [Fact]
    public void A_draft_hears_about_action_items_lacking_owner_due_or_priority()
    {
        var result = Load(Minimal + """
            action_items:
              - id: A1
                action: Add an alert

            """);
        Assert.All(result.Diagnostics, d => Assert.Equal(W, d.Severity));
        AssertAt(Single(result, "action item A1 has no owner"), W, 9, 5, "action_items[0]", "required before sign-off");
        Single(result, "action item A1 has no due date");
        Single(result, "action item A1 has no priority");
    }
}
