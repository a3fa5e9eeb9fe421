using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>The engine on its own, with fixed-size boxes instead of text, on small pages: exact geometry.</summary>
public class EngineElementTests
{
    /// <summary>A stack of <paramref name="lines"/> unit lines that can split between any two (like a paragraph
    /// without orphan control); draws one rectangle per line so tests can count where each landed.</summary>
    private sealed class Lines(string name, int lines, float lineHeight = 10) : Element
    {
        private int _next;

        protected override SpacePlan MeasureCore(AvailableSpace space)
        {
            var fit = Math.Min(lines - _next, (int)Math.Floor(space.Height / lineHeight + 0.001f));
            if (fit <= 0)
                return space.Forced && _next < lines ? SpacePlan.Partial(lineHeight) : SpacePlan.Nothing;
            return _next + fit == lines ? SpacePlan.Full(fit * lineHeight) : SpacePlan.Partial(fit * lineHeight);
        }

        protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
        {
            var plan = MeasureCore(space);
            var count = (int)Math.Round(plan.Height / lineHeight);
            for (var i = 0; i < count; i++)
                canvas.Text(new GlyphRun(null!, lineHeight, default, [1], [x], [y + (i + 1) * lineHeight],
                    System.Text.Encoding.UTF8.GetBytes($"{name}{_next + i}"), [0]));
            _next += count;
        }

        protected override void ResetCore() => _next = 0;
    }

    private static readonly PageGeometry SmallPage = new(200, 140, 10, 10, 20, 20); // content: 180 x 100

    private static List<List<string>> Pages(Element content) =>
        new PageTemplate(SmallPage).Render(content)
            .Select(p => p.Commands.OfType<TextCommand>().Select(t => t.Text).ToList()).ToList();

    [Fact]
    public void Column_splits_the_child_that_only_partly_fits_and_resumes_it_on_the_next_page()
    {
        var pages = Pages(new ColumnElement([new ColumnItem(new Lines("a", 7)), new ColumnItem(new Lines("b", 6))]));
        Assert.Equal(["a0", "a1", "a2", "a3", "a4", "a5", "a6", "b0", "b1", "b2"], pages[0]);
        Assert.Equal(["b3", "b4", "b5"], pages[1]);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_fits_a_page_and_splits_one_taller_than_a_page()
    {
        var pages = Pages(new ColumnElement(
        [
            new ColumnItem(new Lines("a", 6)),
            new ColumnItem(new KeepTogetherElement(new Lines("k", 5))),
            new ColumnItem(new KeepTogetherElement(new Lines("huge", 25))),
        ]));
        Assert.Equal(6, pages[0].Count);
        Assert.Equal(["k0", "k1", "k2", "k3", "k4"], pages[1].Take(5));
        Assert.Equal(25, pages.SelectMany(p => p).Count(t => t.StartsWith("huge")));
        // Taller than any page: it starts on a fresh page (forced) and splits there, ten lines a page.
        Assert.Equal(5, pages[1].Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"huge{i}"), pages[2]);
    }

    [Fact]
    public void Keep_with_next_moves_an_item_with_its_follower_but_never_loops_when_both_cannot_fit()
    {
        var pages = Pages(new ColumnElement(
        [
            new ColumnItem(new Lines("a", 9)),
            new ColumnItem(new Lines("h", 1), KeepWithNext: true),
            new ColumnItem(new KeepTogetherElement(new Lines("n", 3))),
        ]));
        Assert.Equal(9, pages[0].Count);
        Assert.Equal(["h0", "n0", "n1", "n2"], pages[1]);

        // A heading kept with a block taller than any page: forced onto one page together, the block splits.
        var forced = Pages(new ColumnElement(
        [
            new ColumnItem(new Lines("h", 1), KeepWithNext: true),
            new ColumnItem(new KeepTogetherElement(new Lines("t", 30))),
        ]));
        Assert.Equal("h0", forced[0][0]);
        Assert.Equal("t0", forced[0][1]);
        Assert.Equal(31, forced.SelectMany(p => p).Count());
    }

    [Fact]
    public void Ensure_space_starts_a_block_only_where_enough_room_is_left()
    {
        var pages = Pages(new ColumnElement(
        [
            new ColumnItem(new Lines("a", 8)),
            new ColumnItem(new EnsureSpaceElement(new Lines("e", 12), minHeight: 30)),
        ]));
        Assert.Equal(8, pages[0].Count); // 20 pt left < 30: the block starts on page 2
        Assert.Equal("e0", pages[1][0]);
    }

    [Fact]
    public void Table_repeats_its_header_and_splits_a_row_taller_than_a_page()
    {
        var header = new Lines("H", 1);
        var rows = new List<Element> { new Lines("r", 1), new Lines("tall", 15), new Lines("z", 1) };
        var pages = Pages(new TableElement(header, rows));
        Assert.All(pages, p => Assert.Equal("H0", p[0]));
        Assert.Equal(["H0", "r0"], pages[0]); // the tall row moves rather than splitting under the first row
        Assert.Equal(15, pages.SelectMany(p => p).Count(t => t.StartsWith("tall")));
        Assert.Equal("z0", pages[^1][^1]);
    }

    [Fact]
    public void Content_that_can_never_fit_is_a_clear_error_not_an_endless_layout()
    {
        var stubborn = new KeepTogetherElement(new RepeatElement(new Lines("x", 50)));
        var error = Assert.Throws<LayoutException>(() => new PageTemplate(SmallPage).Render(stubborn));
        Assert.Contains("cannot be placed", error.Message);
    }

    [Fact]
    public void Padding_and_box_report_sizes_including_their_insets()
    {
        var canvas = new RecordingCanvas();
        var box = new BoxElement(new PaddingElement(new Lines("p", 2), 5, 4, 5, 6),
            new BoxStyle { Fill = RgbColor.Parse("#EEEEEE") });
        var plan = box.Measure(new AvailableSpace(100, 100));
        Assert.Equal(new SpacePlan(Fit.Full, 30), plan);
        box.Draw(canvas, 10, 20, new AvailableSpace(100, 100));
        Assert.Equal(new Box(10, 20, 100, 30), canvas.Commands.OfType<FillRectCommand>().Single().Box);
        Assert.Equal([34f, 44f], canvas.Commands.OfType<TextCommand>().Select(t => t.Run.Y[0]));
    }
}
