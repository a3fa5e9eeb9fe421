using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Plain-text fields must print exactly what the user typed and never change the document's structure.</summary>
public class HostileStringTests
{
    public static TheoryData<string> Hostile => new()
    {
        "Pipes | in | text",
        "*stars* and **bold** and _under_ and __score__",
        "# not a heading",
        "<script>alert(1)</script> & <b>bold</b>",
        "{{ incident.id }} and {% raw %} and {.title}",
        @"back\slash \| \* \\ end\",
        "---",
        "1. not a list",
        "- not a bullet",
        "> not a quote",
        "[link](http://evil.example) ![img](x.png)",
        "::: warning",
        "a::b:: c",
        "`code` and ``` fence",
        "&amp; &#169; &copy;",
        "=====",
        "Trailing hashes ##",
        "~~~",
        "snake_case_name and C# and 50% off",
        "+ plus",
        "<https://autolink.example>",
        "Ünïcödé — “quotes” 日本語",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Title_prints_literally_in_the_heading_and_front_matter(string hostile)
    {
        var doc = Build(TestIncidents.Minimal(hostile));
        var title = doc.Blocks.OfType<TitleBlock>().Single();
        Assert.Equal(hostile, Inlines.PlainText(title.Title));
        Assert.All(title.Title, i => Assert.IsType<TextInline>(i));
        Assert.Equal(hostile, doc.Settings.Title);
        Assert.Equal(hostile, doc.Settings.HeaderRight);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Plain_fields_print_literally_in_table_cells_and_lists(string hostile)
    {
        var incident = TestIncidents.Full() with
        {
            Timeline = [new TimelineEntry { At = TestIncidents.Full().StartedAt, AtText = "09:12", Event = "Alert", By = hostile }],
            ActionItems = [new ActionItem { Id = "A1", Action = "Fix", Owner = hostile, Due = new DateOnly(2026, 4, 1), Priority = Priority.P1 }],
            Impact = new Impact
            {
                Internal = new InternalImpact { Teams = [hostile] },
                Metrics = new ImpactMetrics { Other = [new NamedValue(hostile, hostile)] },
            },
            SignOff = new SignOff { FacilitatedBy = hostile, ReviewedBy = [hostile], Date = new DateOnly(2026, 3, 18) },
        };
        var doc = Build(incident);
        Assert.Equal(hostile, Text(Table(doc, "Time").Rows[0].Cells[2]));
        Assert.Equal(hostile, Text(Table(doc, "ID").Rows[0].Cells[2]));
        Assert.Contains("Teams involved: " + hostile, ParagraphTexts(doc));
        Assert.Equal(6, Table(doc, "ID").Rows[0].Cells.Count);
        Assert.Equal([hostile, hostile], Table(doc, "Metric").Rows[0].Cells.Select(Text));
        Assert.Equal([hostile, hostile], doc.Blocks.OfType<SignOffBlock>().Single().Entries.Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_title_leaves_the_structure_unchanged(string hostile)
    {
        var plain = Build(TestIncidents.Full());
        var hostileDoc = Build(TestIncidents.Full() with { Title = hostile, Id = hostile });
        Assert.Equal(plain.Blocks.Select(b => b.GetType()), hostileDoc.Blocks.Select(b => b.GetType()));
        Assert.Equal(HeadingTexts(plain, 2), HeadingTexts(hostileDoc, 2));
    }

    [Fact]
    public void Line_breaks_in_a_plain_field_become_spaces()
    {
        var doc = Build(TestIncidents.Minimal("first\n---\nsecond"));
        Assert.Equal("first --- second", Inlines.PlainText(doc.Blocks.OfType<TitleBlock>().Single().Title));
    }

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics) + "\n" + result.Markdown);
        return result.Document!;
    }
}
