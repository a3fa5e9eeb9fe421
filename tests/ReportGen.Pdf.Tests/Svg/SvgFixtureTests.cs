using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>Files shaped like real chart and diagram exports draw completely.</summary>
public class SvgFixtureTests
{
    [Fact]
    public void Matplotlib_chart_draws_axes_ticks_clipped_data_and_text()
    {
        var drawing = LoadFixture("matplotlib-chart.svg");
        Assert.Empty(drawing.Warnings);
        Assert.Equal((614.4f, 307.2f), (drawing.Width, drawing.Height)); // 460.8pt × 230.4pt in CSS pixels
        var placed = Placed(drawing);
        var texts = placed.Select(p => p.Command).OfType<TextCommand>().Select(t => t.Text).ToList();
        Assert.Equal(["09:00", "10:30", "12:00", "0%", "5%", "10%", "5xx rate", "Checkout 5xx error rate", "5xx rate"], texts);
        // Six tick marks come from <use> of two marker paths, stroked as the use's style says.
        var ticks = placed.Where(p => p.Command is StrokePathCommand { Stroke.Width: 0.8f } s && s.Path.Bounds.Width + s.Path.Bounds.Height <= 3.6f).ToList();
        Assert.Equal(6, ticks.Count);
        // The three data paths are clipped to the axes; nothing else is (beyond the root viewport).
        var clipped = placed.Where(p => p.Clips == 2 && p.Command is FillPathCommand or StrokePathCommand).ToList();
        Assert.Equal(3, clipped.Count);
        var dashed = placed.Select(p => p.Command).OfType<StrokePathCommand>().Single(s => s.Stroke.Dashes is not null);
        Assert.Equal([5.55f, 2.4f], dashed.Stroke.Dashes!);
        // The y-axis label is rotated a quarter turn.
        var label = placed.Where(p => p.Command is TextCommand).ElementAt(6);
        Assert.Equal(0, label.Transform.A, 0.001f);
        Assert.Equal(-4 / 3f, label.Transform.B, 0.001f); // rotate(-90) inside the pt-to-px viewBox scale
        // The title is bold (a class rule) and 12px (its style attribute beats the class's font shorthand).
        var title = placed.Select(p => p.Command).OfType<TextCommand>().Single(t => t.Text.StartsWith("Checkout", StringComparison.Ordinal));
        Assert.Equal((12f, "LiberationSans-Bold"), (title.Run.Size, title.Run.Face.Name));
    }

    [Fact]
    public void Drawio_diagram_draws_fallback_labels_gradients_images_and_names_the_filter()
    {
        var drawing = LoadFixture("drawio-diagram.svg");
        Assert.Equal(["not drawn: filters"], drawing.Warnings);
        var commands = drawing.Commands;
        var texts = commands.OfType<TextCommand>().Select(t => t.Text).ToList();
        Assert.Equal(["API gateway", "orders-db", "timeouts", " ", "(p99 > 2 s)"], texts);
        Assert.Contains(commands.OfType<FillPathCommand>(), f => f.Paint is LinearGradientPaint { Stops.Count: 2 });
        Assert.Single(commands.OfType<ImageCommand>());
        Assert.Contains(commands.OfType<StrokePathCommand>(), s => s.Stroke.Dashes is [3f, 3f]);
        Assert.Contains(commands.OfType<StrokePathCommand>(), s => s.Stroke is { Width: 3, Cap: LineCap.Round });
    }

    [Fact]
    public void Mermaid_flowchart_draws_boxes_arrowheads_and_html_labels()
    {
        var drawing = LoadFixture("mermaid-flowchart.svg");
        Assert.Empty(drawing.Warnings);
        Assert.Equal((466.5f, 94f), (drawing.Width, drawing.Height)); // width="100%" defers to the viewBox
        var placed = Placed(drawing);
        Assert.Equal(["slow", "Checkout", "Pricing", "service", "orders-db"],
            placed.Select(p => p.Command).OfType<TextCommand>().Select(t => t.Text));
        // Node boxes take the id-scoped descendant rule; edges take .flowchart-link (no fill) and end in arrowheads.
        var boxes = placed.Select(p => p.Command).OfType<FillPathCommand>().Where(f => f.Paint == new SolidPaint(Document.RgbColor.Parse("#ECECFF"))).ToList();
        Assert.Equal(3, boxes.Count);
        var heads = placed.Where(p => p.Command is FillPathCommand { Paint: SolidPaint s } && s.Color == Document.RgbColor.Parse("#333333")).ToList();
        Assert.Equal(2, heads.Count);
        // refX is 6 of the marker's 10 units (1.2 px each): the tip overshoots the edge's end (155.5) by 4.8; the
        // viewBox starting at -8 shifts everything by 8 in the drawing.
        Assert.Equal(155.5f + 4.8f + 8, heads[0].Box.Right, 0.01f);
        Assert.Equal(39f + 8, heads[0].Box.Y + heads[0].Box.Height / 2, 0.01f);
        // "Checkout" is centred in its node box.
        var label = placed.Single(p => p.Command is TextCommand t && t.Text == "Checkout").Box;
        Assert.Equal(52.75f + 8, label.X + label.Width / 2, 0.5f);
    }
}
