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
    public void The_markers_and_the_side_table_agree_on_every_block_values_paragraph_of_the_examples()
    {
        // Two mechanisms name the value a paragraph shows: the .docx value markers (BlockValue, for import) and the
        // render's side table (Origin, for diagnostics). Where both know it, they must name the same value.
        var checkedParagraphs = 0;
        foreach (var file in RepoPaths.ExampleFiles)
        {
            var loaded = IncidentLoader.Load(file, Path.GetFileName(file));
            var document = new ReportBuilder(LayoutTestKit.Default).Build(loaded).Document!;
            foreach (var paragraph in Paragraphs(document.Blocks).Where(p => p.BlockValue is not null))
            {
                // The side table knows the key the layout read (a list written by one md.list); the markers know each
                // item of it: the same path, or the item's path inside the list's.
                var origin = paragraph.Origin?.YamlPath;
                Assert.True(origin is not null && (paragraph.BlockValue == origin || paragraph.BlockValue!.StartsWith(origin + "[", StringComparison.Ordinal)),
                    $"{file}: block value {paragraph.BlockValue}, origin {origin}");
                Assert.True(paragraph.Origin!.Line > 0, $"{file}: {paragraph.BlockValue} has no line");
                checkedParagraphs++;
            }
        }
        Assert.True(checkedParagraphs > 10, $"only {checkedParagraphs} block-value paragraphs in the examples");
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        ParagraphBlock p => [p],
        CalloutBlock c => Paragraphs(c.Blocks),
        ListBlock l => l.Items.SelectMany(i => Paragraphs(i.Blocks)),
        _ => [],
    });
}
