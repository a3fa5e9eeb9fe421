using ReportGen.Document;
using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>The cascade (attributes, &lt;style&gt; rules, style attribute), inheritance and paint properties.</summary>
public class SvgStyleTests
{
    private static List<T> Commands<T>(string body) => Load(Doc(body)).Commands.OfType<T>().ToList();

    private static RgbColor Hex(string hex) => RgbColor.Parse(hex);

    [Fact]
    public void Style_attribute_beats_rules_which_beat_attributes_and_specific_rules_beat_general_ones()
    {
        var fills = Commands<FillPathCommand>("""
            <style>rect { fill: #0000ff } .a { fill: #00ff00 } #special { fill: #ff00ff } g .nested { fill: #abcdef }</style>
            <rect class='a' fill='red' width='1' height='1'/>
            <rect class='a' style='fill:#123456' width='1' height='1'/>
            <rect fill='red' width='1' height='1'/>
            <rect id='special' class='a' width='1' height='1'/>
            <g><rect class='nested' width='1' height='1'/></g>
            <circle fill='red' r='1'/>
            """).Select(f => ((SolidPaint)f.Paint).Color).ToList();
        Assert.Equal([Hex("#00ff00"), Hex("#123456"), Hex("#0000ff"), Hex("#ff00ff"), Hex("#abcdef"), Hex("#ff0000")], fills);
    }

    [Fact]
    public void Matplotlib_style_star_rule_and_font_shorthand_apply()
    {
        var drawing = Load(Doc("""
            <style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style>
            <path d='M0 0 L10 10' style='fill:none; stroke:#000000; stroke-width:0.8'/>
            <text x='5' y='20' style="font: 10px 'DejaVu Sans'">hi</text>
            """));
        var stroke = drawing.Commands.OfType<StrokePathCommand>().Single();
        Assert.Equal(new StrokeStyle(0.8f, LineCap.Butt, LineJoin.Round), stroke.Stroke);
        Assert.Equal(10, drawing.Commands.OfType<TextCommand>().Single().Run.Size);
    }

    [Fact]
    public void Fill_and_stroke_are_inherited_and_currentColor_follows_color()
    {
        var drawing = Load(Doc("""
            <g fill='#ff0000' stroke='blue' stroke-width='3' color='#00ff00'>
              <rect width='10' height='10'/>
              <rect width='10' height='10' fill='currentColor' stroke='none'/>
            </g>
            """));
        var fills = drawing.Commands.OfType<FillPathCommand>().Select(f => ((SolidPaint)f.Paint).Color).ToList();
        Assert.Equal([Hex("#ff0000"), Hex("#00ff00")], fills);
        var stroke = Assert.Single(drawing.Commands.OfType<StrokePathCommand>());
        Assert.Equal((Hex("#0000ff"), 3f), (((SolidPaint)stroke.Paint).Color, stroke.Stroke.Width));
    }

    [Theory]
    [InlineData("#abc", 0xaa, 0xbb, 0xcc, 1f)]
    [InlineData("#a1b2c380", 0xa1, 0xb2, 0xc3, 0.502f)]
    [InlineData("rgb(10, 20, 30)", 10, 20, 30, 1f)]
    [InlineData("rgba(10,20,30,0.25)", 10, 20, 30, 0.25f)]
    [InlineData("rgb(100%, 0%, 50%)", 255, 0, 128, 1f)]
    [InlineData("steelblue", 0x46, 0x82, 0xb4, 1f)]
    [InlineData("ReBeccaPurple", 0x66, 0x33, 0x99, 1f)]
    [InlineData("hsl(240, 100%, 50%)", 0, 0, 255, 1f)]
    [InlineData("hsla(120, 100%, 25%, 0.5)", 0, 128, 0, 0.5f)]
    [InlineData("hsl(0.5turn 50% 50% / 25%)", 64, 191, 191, 0.25f)]
    public void Colours_in_every_css_notation(string colour, int r, int g, int b, float alpha)
    {
        var paint = (SolidPaint)Commands<FillPathCommand>($"<rect width='1' height='1' fill='{colour}'/>").Single().Paint;
        Assert.Equal(new RgbColor((byte)r, (byte)g, (byte)b), paint.Color);
        Assert.Equal(alpha, paint.Alpha, 0.01f);
    }

    [Fact]
    public void Css_variables_take_their_fallback_or_inherit()
    {
        var fills = Commands<FillPathCommand>("""
            <style>.a { fill: var(--node-fill, #00ff00) } .b { fill: var(--unknown) }</style>
            <g fill='#0000ff'><rect class='a' width='1' height='1'/><rect class='b' width='1' height='1'/></g>
            """).Select(f => ((SolidPaint)f.Paint).Color).ToList();
        Assert.Equal([Hex("#00ff00"), Hex("#0000ff")], fills);
    }

    [Fact]
    public void Opacities_fold_into_paints_and_group_opacity_makes_a_layer()
    {
        var placed = Placed(Load(Doc("""
            <rect width='1' height='1' fill='red' fill-opacity='0.5'/>
            <g opacity='0.4'><rect width='1' height='1' fill='red'/><rect width='1' height='1' fill='blue'/></g>
            """)));
        var fills = placed.Where(p => p.Command is FillPathCommand).ToList();
        Assert.Equal(0.5f, ((SolidPaint)((FillPathCommand)fills[0].Command).Paint).Alpha, 0.001f);
        Assert.Equal([1f, 0.4f, 0.4f], fills.Select(f => MathF.Round(f.Opacity, 3)));
    }

    [Fact]
    public void Opacity_of_a_shape_painted_once_goes_into_its_paint_and_fill_plus_stroke_needs_a_layer()
    {
        var placed = Placed(Load(Doc("""
            <rect width='1' height='1' fill='red' fill-opacity='0.5' opacity='0.6'/>
            <rect width='1' height='1' fill='red' stroke='blue' opacity='0.8' transform='translate(50 0)'/>
            """)));
        var layer = Load(Doc("<rect width='10' height='10' fill='red' stroke='blue' opacity='0.8' transform='translate(50 0)'/>"))
            .Commands.OfType<SaveCommand>().Single(s => s.Opacity < 1);
        Assert.True(layer.LayerBounds is { X: < 50 and > 40, Right: > 60 and < 70 }, $"layer bounds {layer.LayerBounds} miss the moved shape");
        var first = placed.Select(p => p.Command).OfType<FillPathCommand>().First();
        Assert.Equal(0.3f, ((SolidPaint)first.Paint).Alpha, 0.001f);
        Assert.Equal(1f, placed.First().Opacity); // no layer for it
        var layered = placed.Where(p => p.Command is FillPathCommand or StrokePathCommand).Skip(1).ToList();
        Assert.Equal(2, layered.Count);
        Assert.All(layered, p => Assert.Equal(0.8f, p.Opacity, 0.001f));
        Assert.All(layered.Select(p => p.Command), c => Assert.Equal(1f, ((SolidPaint)(c is FillPathCommand f ? f.Paint : ((StrokePathCommand)c).Paint)).Alpha));
    }

    [Fact]
    public void Stroke_properties_reach_the_canvas()
    {
        var stroke = Commands<StrokePathCommand>("""
            <path d='M0 0 L10 0' stroke='black' stroke-width='2' stroke-dasharray='5,3' stroke-dashoffset='2'
                  stroke-linecap='round' stroke-linejoin='bevel' stroke-miterlimit='8'/>
            """).Single().Stroke;
        Assert.Equal((2f, LineCap.Round, LineJoin.Bevel, 8f, 2f), (stroke.Width, stroke.Cap, stroke.Join, stroke.MiterLimit, stroke.DashOffset));
        Assert.Equal([5f, 3f], stroke.Dashes!);
    }

    [Fact]
    public void Fill_rule_evenodd_is_kept_on_the_path()
    {
        var fill = Commands<FillPathCommand>("<path fill-rule='evenodd' d='M0 0 H10 V10 H0 Z M2 2 H8 V8 H2 Z'/>").Single();
        Assert.Equal(FillRule.EvenOdd, fill.Path.FillRule);
    }

    [Fact]
    public void Bounding_box_gradient_spans_the_shape_and_user_space_gradient_keeps_its_coordinates()
    {
        var fills = Commands<FillPathCommand>("""
            <defs>
              <linearGradient id='box' x1='0' y1='0' x2='0' y2='1'><stop offset='0' stop-color='#ffffff'/><stop offset='100%' style='stop-color:#000000;stop-opacity:0.5'/></linearGradient>
              <linearGradient id='user' gradientUnits='userSpaceOnUse' x1='0' y1='0' x2='200' y2='0' href='#box'/>
              <radialGradient id='round'><stop offset='0' stop-color='red'/><stop offset='1' stop-color='blue'/></radialGradient>
              <pattern id='hatch' width='4' height='4'/>
            </defs>
            <rect x='10' y='20' width='100' height='50' fill='url(#box)'/>
            <rect width='10' height='10' fill='url(#user)'/>
            <circle cx='50' cy='50' r='20' fill='url(#round)'/>
            <rect width='10' height='10' fill='url(#hatch) #336699'/>
            <rect width='10' height='10' fill='url(#missing)'/>
            """);
        Assert.Equal(4, fills.Count); // the missing reference without a fallback draws nothing
        var box = Assert.IsType<LinearGradientPaint>(fills[0].Paint);
        Assert.Equal((10f, 70f), box.Transform.Apply(box.X2, box.Y2)); // the end of the gradient is the box's bottom-left
        Assert.Equal(0.5f, box.Stops[1].Alpha, 0.001f);
        var user = Assert.IsType<LinearGradientPaint>(fills[1].Paint);
        Assert.Equal((0f, 0f, 200f, 0f), (user.X1, user.Y1, user.X2, user.Y2));
        Assert.Equal(2, user.Stops.Count); // stops inherited through href
        var round = Assert.IsType<RadialGradientPaint>(fills[2].Paint);
        Assert.Equal((50f, 50f), round.Transform.Apply(round.Cx, round.Cy));
        Assert.Equal(new SolidPaint(Hex("#336699")), fills[3].Paint);
    }
}
