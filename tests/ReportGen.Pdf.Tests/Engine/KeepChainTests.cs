using ReportGen.Document;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>Headings are kept with what follows them, but a chain of kept blocks too long for one page must break:
/// nothing may be drawn outside the content area and nothing may be dropped.</summary>
public class KeepChainTests
{
    private static Block[] Steps(int count, Func<int, IEnumerable<Block>>? after = null) =>
        Enumerable.Range(1, count).SelectMany(i => new Block[] { H(3, $"Step {i:000}") }.Concat(after?.Invoke(i) ?? []))
            .Append(P("The paragraph after the steps.")).ToArray();

    private static void AssertEveryStepInside(int count, Block[] blocks)
    {
        var layout = Paginated.Of(blocks);
        ContentBox.AssertInside(layout);
        var texts = layout.Pages.SelectMany(p => p.ContentCommands.OfType<ReportGen.Pdf.Engine.TextCommand>())
            .Select(t => t.Text).ToList();
        for (var i = 1; i <= count; i++)
            Assert.True(texts.Count(t => t == $"Step {i:000}") == 1, $"{count} headings: 'Step {i:000}' drawn {texts.Count(t => t == $"Step {i:000}")} times");
        Assert.Contains("The paragraph after the steps.", texts);
    }

    [Fact]
    public void A_heading_its_short_intro_and_the_subheading_after_it_start_on_one_page_wherever_the_page_ends()
    {
        // A review pack's "## Action items", its one-sentence intro, then "### Overdue" over a table, pushed down the
        // page a line or two at a time by the text above, so every place a page can end is tried.
        var table = new TableBlock([new(ColumnAlignment.Left), new(ColumnAlignment.Left)], Row("Item", "Owner"),
            Enumerable.Range(1, 6).Select(i => Row($"A{i}", "SRE")).ToList());
        for (var sentences = 1; sentences <= 60; sentences++)
        {
            var layout = Paginated.Of(Filler(sentences), H(2, "Actions"), P("Introduction: twelve items came out of these incidents."),
                H(3, "Overdue"), table);
            var section = Assert.Single(layout.PagesWith("Actions"));
            Assert.True(layout.PagesWith("Introduction").SequenceEqual([section]) && layout.PagesWith("Overdue").SequenceEqual([section]),
                $"after {sentences} sentences: the heading on page {section + 1}, its intro on {string.Join(",", layout.PagesWith("Introduction").Select(p => p + 1))}, " +
                $"the subheading on {string.Join(",", layout.PagesWith("Overdue").Select(p => p + 1))}");
        }
    }

    [Fact]
    public void Chains_of_1_to_200_headings_stay_inside_the_content_area_and_lose_nothing()
    {
        for (var count = 1; count <= 200; count++)
            AssertEveryStepInside(count, Steps(count));
    }

    [Fact]
    public void Sixty_consecutive_headings_all_reach_the_pdf_text()
    {
        var pdf = SharedWriter.Pdf(Paginated.Document(Steps(60)));
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "sixty-headings.pdf"), pdf);
        var text = PdfTools.Text(pdf);
        for (var i = 1; i <= 60; i++)
            Assert.Contains($"Step {i:000}", text);
        Assert.Contains("The paragraph after the steps.", text);
    }

    [Fact]
    public void Chains_mixing_headings_with_blocks_taller_than_a_page_stay_inside_and_lose_nothing()
    {
        var tallCode = new CodeBlock(string.Join("\n", Enumerable.Range(1, 90).Select(i => $"log line {i:000}")));
        var tallCallout = new CalloutBlock("note", "Tall note", [Filler(60)]);
        for (var count = 1; count <= 40; count += 3)
        {
            var blocks = Steps(count, i => i % 5 == 0 ? [P(B(T($"Label {i}"))), i % 10 == 0 ? tallCode : tallCallout] : []);
            AssertEveryStepInside(count, blocks);
        }
    }

    [Fact]
    public void A_table_row_taller_than_a_page_under_a_heading_chain_stays_inside_and_loses_nothing()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"cell line {i:000}").ToArray();
        var cell = new TableCell(lines.SelectMany<string, Inline>(l => [T(l), new LineBreakInline()]).SkipLast(1).ToArray());
        var table = new TableBlock([new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left)],
            Row("Key", "Value"), [new TableRow([Cell("giant"), cell]), Row("after", "row")]);
        foreach (var count in new[] { 1, 5, 30, 60 })
        {
            var blocks = Steps(count).SkipLast(1).Append(table).ToArray();
            var layout = Paginated.Of(blocks);
            ContentBox.AssertInside(layout);
            var texts = layout.Pages.SelectMany(p => p.ContentCommands.OfType<ReportGen.Pdf.Engine.TextCommand>()).Select(t => t.Text).ToList();
            Assert.Equal(lines, texts.Where(t => t.StartsWith("cell line ")));
            for (var i = 1; i <= count; i++)
                Assert.Single(texts, $"Step {i:000}");
        }
    }
}
