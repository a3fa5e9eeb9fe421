using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Engine;

public class PaginationTests
{
    [Fact]
    public void Table_header_row_is_repeated_at_the_top_of_every_page_the_table_spans()
    {
        var layout = Paginated.Of(ReportFixtures.Typical(timelineRows: 120));
        var rowPages = layout.PagesWith("Step ").Distinct().ToList();
        Assert.True(rowPages.Count >= 3, $"the 120-row table should span at least 3 pages, spans {rowPages.Count}");
        foreach (var page in rowPages)
        {
            var texts = layout.Pages[page].BodyTexts(layout.Geometry).ToList();
            var header = texts.FirstOrDefault(t => t.Text == "Event");
            Assert.True(header is not null, $"page {page + 1} has table rows but no header row");
            var firstRow = texts.First(t => t.Text.StartsWith("Step ") || t.Text.StartsWith("Rolled back"));
            Assert.True(header!.Bounds.Y < firstRow.Bounds.Y, $"header below the first row on page {page + 1}");
        }
    }

    [Fact]
    public void A_table_does_not_start_at_a_page_bottom_with_a_single_row()
    {
        for (var variant = 0; variant < 16; variant++)
        {
            var layout = Paginated.Of(Filler(30 + variant), ReportFixtures.Timeline(20));
            var firstRowPage = layout.PagesWith("Step 1:").Single();
            Assert.True(layout.PagesWith("Step 2:").Single() == firstRowPage || layout.PagesWith("Step 3:").Single() == firstRowPage,
                $"variant {variant}: the table starts with a lone row on page {firstRowPage + 1}");
        }
    }

    [Fact]
    public void Every_table_row_is_drawn_exactly_once()
    {
        var layout = Paginated.Of(ReportFixtures.Typical(timelineRows: 120));
        var all = layout.Pages.SelectMany(p => p.Texts()).Select(t => t.Text).ToList();
        for (var i = 1; i <= 120; i++)
        {
            if (i % 7 == 4)
                continue; // the long "Rolled back" rows wrap over several runs
            Assert.Single(all, t => t.StartsWith($"Step {i}:"));
        }
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // Vary the filler so that, across the documents, headings land at every height of the page.
        for (var variant = 0; variant < 24; variant++)
        {
            var blocks = new List<Block>();
            for (var section = 0; section < 8; section++)
            {
                blocks.Add(H(section % 2 == 0 ? 1 : 2, $"Section {variant}-{section}"));
                blocks.Add(Filler(2 + (variant + section * 5) % 9, section));
            }
            var layout = Paginated.Of([.. blocks]);
            for (var p = 0; p < layout.Pages.Count; p++)
            {
                var body = layout.Pages[p].BodyTexts(layout.Geometry).ToList();
                var last = body.OrderBy(t => t.Bounds.Y).Last();
                Assert.False(last.Text.StartsWith("Section "),
                    $"variant {variant}: page {p + 1} ends with the heading '{last.Text}'");
            }
        }
    }

    [Fact]
    public void A_bold_label_paragraph_stays_with_the_list_under_it()
    {
        for (var variant = 0; variant < 20; variant++)
        {
            var blocks = new List<Block> { Filler(20 + variant) };
            for (var i = 0; i < 6; i++)
            {
                blocks.Add(P(B(T($"Label {variant}-{i}"))));
                blocks.Add(Bullets(Item("A finding under the label, long enough to be a real sentence in a report.")));
            }
            var layout = Paginated.Of([.. blocks]);
            foreach (var page in layout.Pages)
            {
                var last = page.BodyTexts(layout.Geometry).OrderBy(t => t.Bounds.Y).Last();
                Assert.False(last.Text.StartsWith("Label "), $"variant {variant}: a page ends with '{last.Text}'");
            }
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_across_pages_without_losing_or_clipping_lines()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"line {i:000} of the giant cell").ToArray();
        var cell = new TableCell(lines.SelectMany<string, Inline>(l => [T(l), new LineBreakInline()]).SkipLast(1).ToArray());
        var table = new TableBlock([new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left)],
            Row("Key", "Value"), [Row("small", "row"), new TableRow([Cell("giant"), cell]), Row("after", "row")]);
        var layout = Paginated.Of(P("Intro paragraph."), table);

        var drawn = layout.Pages.SelectMany(p => p.Texts()).Select(t => t.Text).Where(t => t.StartsWith("line ")).ToList();
        Assert.Equal(lines, drawn);
        Assert.True(layout.PagesWith("line 001").Single() < layout.PagesWith("line 150").Single());
        foreach (var page in layout.Pages)
            foreach (var text in page.Texts().Where(t => t.Text.StartsWith("line ")))
                Assert.InRange(text.Bounds.Bottom, layout.Geometry.Top, layout.Geometry.Height - layout.Geometry.Bottom + 0.5f);
    }

    [Fact]
    public void A_row_taller_than_the_space_left_moves_to_the_next_page_whole()
    {
        var tall = new TableCell(Enumerable.Range(1, 25).SelectMany<int, Inline>(i => [T($"detail {i:00}"), new LineBreakInline()]).ToArray());
        var table = new TableBlock([new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left)],
            Row("Key", "Value"), [Row("first", "row"), new TableRow([Cell("tall"), tall])]);
        // Fill most of page 1 so the tall row cannot fit below the first row.
        var layout = Paginated.Of(Filler(38), table);
        var firstDetail = layout.PagesWith("detail 01").Single();
        Assert.Equal(firstDetail, layout.PagesWith("detail 25").Single());
        Assert.True(firstDetail > layout.PagesWith("first").Single(), "the tall row should have moved to the next page");
    }

    [Fact]
    public void Paragraph_split_leaves_at_least_two_lines_on_each_page()
    {
        var context = TextElements.Context();
        var text = TextElements.Paragraph(context, Filler(12));
        var lines = text.LinesFor(400);
        Assert.True(lines.Count >= 8);
        var lineHeight = lines[0].Height;

        // Room for one line only: the paragraph moves instead of leaving an orphan.
        Assert.Equal(Fit.Nothing, text.Measure(new AvailableSpace(400, lineHeight * 1.5f)).Fit);
        // Room for all but one line: one line is held back so the last page does not get a single widow.
        var plan = text.Measure(new AvailableSpace(400, lineHeight * (lines.Count - 1) + 0.5f));
        Assert.Equal(Fit.Partial, plan.Fit);
        Assert.Equal(lineHeight * (lines.Count - 2), plan.Height, 2);
        // Forced (an empty page refused it): one line is better than none.
        Assert.Equal(Fit.Partial, text.Measure(new AvailableSpace(400, lineHeight * 1.5f, Forced: true)).Fit);
    }

    [Fact]
    public void Page_break_block_starts_a_new_page()
    {
        var layout = Paginated.Of(P("before the break"), new PageBreakBlock(), P("after the break"));
        Assert.Equal(0, layout.PagesWith("before the break").Single());
        Assert.Equal(1, layout.PagesWith("after the break").Single());
    }

    [Fact]
    public void Page_breaks_at_the_top_of_a_page_do_not_leave_empty_pages()
    {
        var layout = Paginated.Of(ReportFixtures.Title(ReportFixtures.Settings()), new PageBreakBlock(), P("first page"),
            new PageBreakBlock(), new PageBreakBlock(), P("second page"));
        // Page 1 holds the title block; the second of two consecutive breaks finds itself at a page top.
        Assert.Equal(3, layout.Pages.Count);
        Assert.Equal(1, layout.PagesWith("first page").Single());
        Assert.Equal(2, layout.PagesWith("second page").Single());
    }

    [Fact]
    public void Figure_and_caption_stay_on_one_page()
    {
        var figure = new FigureBlock("chart.png", "The caption under the chart", "chart", TestImages.ErrorRateChart());
        var layout = Paginated.Of(Filler(30), figure);
        var imagePage = Enumerable.Range(0, layout.Pages.Count).Single(i => layout.Pages[i].Commands.OfType<ImageCommand>().Any());
        Assert.Equal(imagePage, layout.PagesWith("The caption under the chart").Single());
    }
}
