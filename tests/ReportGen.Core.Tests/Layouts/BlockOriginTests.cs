using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Every block knows where its content comes from: the incident file's line, column and YAML path for a
/// value, the layout template's line for the layout's own text, through partials too. The Markdown itself is not
/// changed by the tracing.</summary>
public class BlockOriginTests
{
    // Lines as in the file (1-based): summary 6, timeline entries 9 and 12 (written out of time order), lessons 15.
    private const string Incident = """
        id: INC-9
        title: Search latency spike
        severity: high
        status: draft
        started_at: 2026-03-14T09:12:00Z
        summary: The search API slowed down.
        timeline:
          - at: 2026-03-14T09:40:00Z
            event: Cache warmed
            kind: mitigation
          - at: 2026-03-14T09:12:00Z
            event: Latency alert fired
            kind: detection
        lessons:
          went_well: [Alerting was fast]
        """;

    private static BuildResult Build(ReportLayout? layout = null)
    {
        var loaded = IncidentLoader.LoadText(Incident, "inc.yaml", Path.GetTempPath());
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var built = new ReportBuilder(layout ?? LayoutTestKit.Default).Build(loaded);
        Assert.NotNull(built.Document);
        return built;
    }

    [Fact]
    public void A_value_block_points_at_its_value_in_the_incident_file()
    {
        var summary = Build().Document!.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary");
        Assert.Equal(new SourceReference("inc.yaml", 6, 10) { YamlPath = "summary" }, summary.Origin);
        var paragraph = Assert.Single(summary.Blocks);
        Assert.Equal("summary", paragraph.Origin?.YamlPath);
    }

    [Fact]
    public void Timeline_rows_point_at_their_entries_in_file_order_though_shown_sorted_by_time()
    {
        var table = Build().Document!.Blocks.OfType<TableBlock>()
            .Single(t => Inlines.PlainText(t.Header.Cells[0].Inlines) == "Time");
        Assert.Equal(["Latency alert fired", "Cache warmed"], table.Rows.Select(r => Inlines.PlainText(r.Cells[1].Inlines)));
        Assert.Equal(["timeline[1].at", "timeline[0].at"], table.Rows.Select(r => r.Origin?.YamlPath));
        Assert.Equal([11, 8], table.Rows.Select(r => r.Origin?.Line));
        Assert.Equal(table.Rows[0].Origin, table.Origin); // a table points at its first value
    }

    [Fact]
    public void Layout_text_points_at_the_template_line_also_inside_a_partial()
    {
        var layout = LayoutTestKit.Load(
            ("report.md.sbn", "# {{ incident.title }}\n\n{{ include 'partials/more.md.sbn' }}\n\n## After\n"),
            ("partials/more.md.sbn", "{{ include 'partials/inner.md.sbn' }}\n\n## Lessons\n\n{{ md.list incident.lessons.went_well }}\n"),
            ("partials/inner.md.sbn", "## Inner\n"));
        var blocks = Build(layout).Document!.Blocks;
        Assert.Equal("title", blocks[0].Origin?.YamlPath);
        Assert.Equal((2, 8), (blocks[0].Origin!.Line, blocks[0].Origin!.Column));
        var headings = blocks.OfType<HeadingBlock>().ToDictionary(h => Inlines.PlainText(h.Inlines), h => h.Origin);
        Assert.EndsWith("/partials/inner.md.sbn", headings["Inner"]!.File);
        Assert.Equal(1, headings["Inner"]!.Line);
        Assert.EndsWith("/partials/more.md.sbn", headings["Lessons"]!.File);
        Assert.Equal(3, headings["Lessons"]!.Line);
        Assert.EndsWith("/report.md.sbn", headings["After"]!.File);
        Assert.Equal(5, headings["After"]!.Line);
        var list = blocks.OfType<ListBlock>().Single();
        Assert.Equal("lessons.went_well", list.Origin?.YamlPath);
        Assert.Equal(15, list.Origin?.Line);
    }

    [Fact]
    public void The_markdown_is_the_same_with_and_without_positions()
    {
        var loaded = IncidentLoader.LoadText(Incident, "inc.yaml", Path.GetTempPath());
        var builder = new ReportBuilder(LayoutTestKit.Default);
        var traced = builder.Build(loaded);
        var plain = builder.Build("inc.yaml", loaded.Incident!, loaded.Figures!);
        Assert.Equal(plain.Markdown, traced.Markdown);
        Assert.Null(plain.Document!.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Origin?.YamlPath);
        Assert.DoesNotContain(traced.Markdown!, c => c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void A_record_that_knows_its_node_shows_layouts_only_its_keys()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# T\n\n[{{ incident.node }}|{{ incident.Node }}|{{ incident.title }}]\n"));
        Assert.Contains("[||Search latency spike]", Build(layout).Markdown);
    }

    [Fact]
    public void Each_list_item_is_its_own_value_with_its_own_line()
    {
        var loaded = IncidentLoader.LoadText(Incident.Replace("  went_well: [Alerting was fast]",
            "  went_well:\n    - Alerting was fast\n    - |\n      Rollback took one command.\n\n      Nobody waited.", StringComparison.Ordinal),
            "inc.yaml", Path.GetTempPath());
        var document = new ReportBuilder(LayoutTestKit.Default).Build(loaded).Document!;
        var list = document.Blocks.OfType<ListBlock>().Single(l => Paragraphs([l]).Any(p => Inlines.PlainText(p.Inlines) == "Alerting was fast"));

        Assert.Equal("lessons.went_well", list.Origin?.YamlPath); // the list is the key the layout wrote
        var paragraphs = Paragraphs([list]).ToList();
        Assert.Equal(["lessons.went_well[0]", "lessons.went_well[1]", "lessons.went_well[1]"], paragraphs.Select(p => p.BlockValue));
        Assert.Equal(["lessons.went_well[0]", "lessons.went_well[1]", "lessons.went_well[1]"], paragraphs.Select(p => p.Origin?.YamlPath));
        Assert.Equal([16, 17, 17], paragraphs.Select(p => p.Origin?.Line));
    }

    [Fact]
    public void A_list_the_layout_sorted_still_marks_each_item_as_its_own_value()
    {
        var loaded = IncidentLoader.LoadText(Incident.Replace("  went_well: [Alerting was fast]",
            "  went_well: [Zero data was lost, Alerting was fast]", StringComparison.Ordinal), "inc.yaml", Path.GetTempPath());
        var layout = LayoutTestKit.Load(("report.md.sbn", "# T\n\n{{ md.list (incident.lessons.went_well | array.sort) }}\n"));
        var list = new ReportBuilder(layout).Build(loaded).Document!.Blocks.OfType<ListBlock>().Single();

        var paragraphs = Paragraphs([list]).ToList();
        Assert.Equal(["Alerting was fast", "Zero data was lost"], paragraphs.Select(p => Inlines.PlainText(p.Inlines)));
        Assert.Equal(["lessons.went_well[1]", "lessons.went_well[0]"], paragraphs.Select(p => p.BlockValue));
    }

    [Fact]
    public void A_value_inside_layout_text_is_marked_where_it_stands_and_layout_text_is_not()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn",
            "# Report on {{ incident.title }}\n\n**Note:** {{ incident.title }} ({{ incident.id }}) is *the* title.\n"));
        var blocks = Build(layout).Document!.Blocks;

        var heading = blocks.OfType<HeadingBlock>().Single();
        Assert.Equal([new ValueMark("title", "Report on ".Length, "Report on Search latency spike".Length)], heading.Marks);
        var paragraph = blocks.OfType<ParagraphBlock>().Single();
        var text = Inlines.PlainText(paragraph.Inlines);
        Assert.Equal("Note: Search latency spike (INC-9) is the title.", text);
        Assert.Equal([new ValueMark("title", 6, 26), new ValueMark("id", 28, 33)], paragraph.Marks);
        Assert.Null(paragraph.BlockValue);
    }

    [Fact]
    public void Table_cells_mark_the_values_they_show_and_not_the_derived_ones()
    {
        var table = Build().Document!.Blocks.OfType<TableBlock>().Single(t => Inlines.PlainText(t.Header.Cells[0].Inlines) == "Time");
        var first = table.Rows[0].Cells; // the 09:12 entry, second in the file
        Assert.Equal([new ValueMark("timeline[1].at", 0, "09:12".Length)], first[0].Marks); // the time (see below)
        Assert.Equal([new ValueMark("timeline[1].event", 0, "Latency alert fired".Length)], first[1].Marks);
        Assert.Empty(first[3].Marks);    // the kind's label
    }

    [Fact]
    public void A_date_or_time_a_format_helper_shows_is_marked_as_the_key_it_read()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", """
            # T

            | When | What |
            |:--|:--|
            {{~ for e in incident.timeline ~}}
            | {{ format.date e.at }} {{ format.time e.at }} | {{ (format.date e.at) == (format.date incident.started_at) }} |
            {{~ end ~}}

            Started {{ format.datetime incident.started_at }}; {{ incident.started_at }}.

            """));
        var blocks = Build(layout).Document!.Blocks;

        var cells = blocks.OfType<TableBlock>().Single().Rows[0].Cells; // the 09:12 entry, second in the file
        Assert.Equal("2026-03-14 09:12", Inlines.PlainText(cells[0].Inlines));
        Assert.Equal([new ValueMark("timeline[1].at", 0, "2026-03-14 09:12".Length)], cells[0].Marks); // day and time: one value
        Assert.Equal("true", Inlines.PlainText(cells[1].Inlines));
        Assert.Empty(cells[1].Marks); // a comparison of the day is not the time
        var paragraph = blocks.OfType<ParagraphBlock>().Single();
        Assert.Equal("Started 2026-03-14 09:12 UTC; 2026-03-14 09:12 UTC.", Inlines.PlainText(paragraph.Inlines));
        Assert.Equal([new ValueMark("started_at", 8, 28), new ValueMark("started_at", 30, 50)], paragraph.Marks);
    }

    [Fact]
    public void The_markdown_holds_no_marker_and_names_the_lines_diagnostics_name()
    {
        var markdown = Build().Markdown!;
        Assert.DoesNotContain(markdown, c => c is >= '\u2E00' and <= '\u2E7F' || char.IsControl(c) && c != '\n');
        var document = Build().Document!;
        var summary = document.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Blocks.Single();
        Assert.Equal("The search API slowed down.", markdown.Split('\n')[summary.SourceLine - 1]);
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        ParagraphBlock p => [p],
        CalloutBlock c => Paragraphs(c.Blocks),
        ListBlock l => l.Items.SelectMany(i => Paragraphs(i.Blocks)),
        _ => [],
    });
}
