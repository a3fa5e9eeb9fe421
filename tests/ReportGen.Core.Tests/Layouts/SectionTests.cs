using ReportGen.Core.Model;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Every section of the postmortem template appears in template order when its data is there and vanishes
/// cleanly (no empty heading, no dangling table, no "None") when it is not.</summary>
public class SectionTests
{
    private static readonly string[] AllSections =
    [
        "Incident summary", "Timeline", "Impact", "Root cause analysis", "Lessons learned",
        "Action items", "Prevention measures", "Appendices", "Sign-off",
    ];

    [Fact]
    public void Full_incident_has_every_section_in_template_order()
    {
        var doc = Build(TestIncidents.Full());
        Assert.Equal(AllSections, HeadingTexts(doc, 2));
        Assert.Equal(
            ["External impact", "Internal impact", "Metrics", "What happened", "Immediate cause", "Contributing factors",
             "Systemic issues", "Why it wasn't caught", "What went well", "What could be improved", "Short-term",
             "Long-term", "Configuration and code", "Monitoring gaps", "Documentation"],
            HeadingTexts(doc, 3));
    }

    [Fact]
    public void Minimal_incident_has_only_summary_and_timeline_and_nothing_empty()
    {
        var result = LayoutTestKit.Build(TestIncidents.Minimal());
        var doc = result.Document!;
        Assert.Equal(["Incident summary", "Timeline"], HeadingTexts(doc, 2));
        Assert.Empty(HeadingTexts(doc, 3));
        Assert.DoesNotContain("None", result.Markdown);
        Assert.DoesNotContain("\n\n\n", result.Markdown);
        Assert.All(AllBlocks(doc.Blocks).OfType<TableBlock>(), t => Assert.NotEmpty(t.Rows));
        Assert.DoesNotContain(doc.Blocks, b => b is SignOffBlock or CalloutBlock);
        Assert.Equal(["Time to detect"], Assert.Single(doc.Blocks.OfType<KeyFiguresBlock>()).Figures.Select(f => f.Label));
    }

    public static TheoryData<string, string> OptionalSections => new()
    {
        { "Impact", "impact" }, { "Root cause analysis", "root_cause" }, { "Lessons learned", "lessons" },
        { "Action items", "action_items" }, { "Prevention measures", "prevention" }, { "Appendices", "appendices" },
        { "Sign-off", "signoff" },
    };

    [Theory]
    [MemberData(nameof(OptionalSections))]
    public void A_section_vanishes_when_its_data_is_absent(string heading, string key)
    {
        var full = TestIncidents.Full();
        var without = key switch
        {
            "impact" => full with { Impact = null },
            "root_cause" => full with { RootCause = null },
            "lessons" => full with { Lessons = new Lessons() },
            "action_items" => full with { ActionItems = [], Prevention = new Prevention { ShortTerm = [new PreventionMeasure("x", [])] } },
            "prevention" => full with { Prevention = null },
            "appendices" => full with { Appendices = new Appendices() },
            _ => full with { SignOff = new SignOff { Date = new DateOnly(2026, 3, 18) } },
        };
        var headings = HeadingTexts(Build(without), 2);
        Assert.DoesNotContain(heading, headings);
        Assert.Equal(AllSections.Where(s => s != heading), headings);
    }

    [Fact]
    public void Empty_sub_parts_vanish_inside_a_present_section()
    {
        var full = TestIncidents.Full();
        var doc = Build(full with
        {
            RootCause = full.RootCause! with { ContributingFactors = [], SystemicIssues = [], WhyNotCaught = null },
            Lessons = new Lessons { CouldImprove = ["More drills"] },
        });
        var h3 = HeadingTexts(doc, 3);
        Assert.DoesNotContain("Contributing factors", h3);
        Assert.DoesNotContain("Systemic issues", h3);
        Assert.DoesNotContain("Why it wasn't caught", h3);
        Assert.DoesNotContain("What went well", h3);
        Assert.Contains("What could be improved", h3);
    }

    [Fact]
    public void Summary_key_figures_toc_and_settings_are_filled()
    {
        var doc = Build(TestIncidents.Full());
        var summary = Assert.Single(doc.Blocks.OfType<CalloutBlock>(), c => c.Kind == "summary");
        Assert.Equal("Executive summary", summary.Title);
        Assert.Equal(2, summary.Blocks.Count);

        var figures = Assert.Single(doc.Blocks.OfType<KeyFiguresBlock>()).Figures;
        Assert.Equal([("Time to detect", "0 min"), ("Time to mitigate", "1 h 46 min"), ("Time to resolve", "2 h 35 min"), ("Affected users", "48000")],
            figures.Select(f => (f.Label, f.Value)));

        var toc = doc.Blocks.ToList().FindIndex(b => b is TableOfContentsBlock);
        var contents = (TableOfContentsBlock)doc.Blocks[toc];
        Assert.Equal("Contents", contents.Title);
        Assert.Equal(["Incident summary", "Timeline"], contents.Entries.Take(2).Select(e => e.Text));
        var timelineFigure = Assert.IsType<TimelineFigureBlock>(doc.Blocks[toc - 1]);
        Assert.Equal("Timeline", Inlines.PlainText(((HeadingBlock)doc.Blocks[toc + 1]).Inlines));

        Assert.Equal("INC-2041", doc.Settings.Subject);
        Assert.Equal("INC-2041", doc.Settings.HeaderLeft);
        Assert.Equal("Dana Kim", doc.Settings.Author);
        Assert.False(doc.Settings.IsDraft);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero), doc.Settings.Created);
        var title = Assert.IsType<TitleBlock>(doc.Blocks[0]);
        Assert.Equal("INC-2041", title.Kicker);
        Assert.Equal([new Badge("Severity: High", "severity-high"), new Badge("Final", "status-final")], title.Badges);
        Assert.Equal(3, timelineFigure.Chart.Marks.Count);
        Assert.Equal("Pool raised to 120", timelineFigure.Chart.Marks[1].Label);
    }

    [Fact]
    public void Tones_anchors_links_and_sign_off()
    {
        var doc = Build(TestIncidents.Full());
        Assert.Equal("severity-high", Table(doc, "Field").Rows.Single(r => Text(r.Cells[0]) == "Severity").Cells[1].Tone);

        var actions = Table(doc, "ID");
        Assert.Equal(["action-a1", "action-a2"], actions.Rows.Select(r => r.AnchorId));
        Assert.Equal(["priority-p0", "priority-p2"], actions.Rows.Select(r => r.Cells[4].Tone));
        Assert.Equal(["status-in_progress", "status-done"], actions.Rows.Select(r => r.Cells[5].Tone));
        Assert.Equal("In progress", Text(actions.Rows[0].Cells[5]));

        var links = AllBlocks(doc.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Inlines).OfType<LinkInline>()
            .Where(l => l.IsInternal).Select(l => (l.Url, Inlines.PlainText(l.Children)));
        Assert.Equal([("#action-a1", "A1"), ("#action-a2", "A2")], links);

        var signOff = Assert.Single(doc.Blocks.OfType<SignOffBlock>());
        Assert.Equal(
            // Each name is known as its value, for reportgen import.
            [new SignOffEntry("Dana Kim", "Facilitator", "2026-03-18") { SignatureField = "signoff.facilitated_by", NameValue = "signoff.facilitated_by" },
             new SignOffEntry("Sam Ortiz", "Reviewer", "2026-03-18") { NameValue = "signoff.reviewed_by[0]" },
             new SignOffEntry("Priya Raman", "Reviewer", "2026-03-18") { NameValue = "signoff.reviewed_by[1]" }],
            signOff.Entries);
    }

    [Fact]
    public void Draft_status_and_created_date_without_postmortem_date()
    {
        var incident = TestIncidents.Minimal();
        var figures = TestIncidents.FiguresOf(incident);
        var epoch = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var withEpoch = new ReportBuilder(LayoutTestKit.Default, epoch, _ => null).Build("x.yaml", incident, figures).Document!;
        Assert.True(withEpoch.Settings.IsDraft);
        Assert.Equal(epoch, withEpoch.Settings.Created);
        var without = new ReportBuilder(LayoutTestKit.Default, null, _ => null).Build("x.yaml", incident, figures).Document!;
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), without.Settings.Created);
        Assert.Equal(epoch, ReportBuilder.ReadSourceDateEpoch("1767323045"));
        Assert.Null(ReportBuilder.ReadSourceDateEpoch("soon"));
    }

    [Fact]
    public void Impact_figures_become_figure_blocks_with_their_image()
    {
        var full = TestIncidents.Full();
        var doc = Build(full with
        {
            Impact = full.Impact! with { Figures = [new Figure { Title = "5xx rate (09:00-12:00)", Path = "figures/error rate.png", FullPath = "/tmp/x.png" }] },
        });
        var figure = Assert.Single(doc.Blocks.OfType<FigureBlock>(), f => f.Source != "figure:timeline");
        Assert.Equal("figures/error rate.png", figure.Source);
        Assert.Equal("5xx rate (09:00-12:00)", figure.Caption);
        Assert.Same(LayoutTestKit.TinyPng, figure.Image);
    }

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics) + "\n" + result.Markdown);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }
}
