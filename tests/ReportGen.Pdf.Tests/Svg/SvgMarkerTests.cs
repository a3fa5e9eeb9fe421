using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>Arrowheads and dots from &lt;marker&gt; land on the right vertices, turned the right way.</summary>
public class SvgMarkerTests
{
    private const string Arrow = """
        <marker id='arrow' viewBox='0 0 10 10' refX='10' refY='5' markerWidth='6' markerHeight='6' orient='auto-start-reverse'>
          <path d='M0,0 L10,5 L0,10 z' fill='#ff0000'/>
        </marker>
        <marker id='dot' markerWidth='4' markerHeight='4' refX='2' refY='2' markerUnits='userSpaceOnUse'>
          <circle cx='2' cy='2' r='2' fill='#0000ff'/>
        </marker>
        """;

    private static List<Box> Heads(string body, string colour) => Placed(Load(Doc(Arrow + body)))
        .Where(p => p.Command is FillPathCommand { Paint: SolidPaint s } && s.Color == Document.RgbColor.Parse(colour))
        .Select(p => p.Box).ToList();

    [Fact]
    public void End_marker_tip_sits_on_the_last_point_scaled_by_the_stroke_width()
    {
        var head = Assert.Single(Heads("<line x1='10' y1='10' x2='110' y2='10' stroke='black' stroke-width='2' marker-end='url(#arrow)'/>", "#ff0000"));
        Near(new Box(98, 4, 12, 12), head, 0.01f); // 6 × stroke width 2, tip at (110, 10)
    }

    [Fact]
    public void Auto_orient_turns_the_marker_along_the_path_and_start_reverse_flips_it()
    {
        var heads = Heads("<path d='M50 0 L50 100' stroke='black' marker-start='url(#arrow)' marker-end='url(#arrow)'/>", "#ff0000");
        Assert.Equal(2, heads.Count);
        Near(new Box(47, 0, 6, 6), heads[0], 0.01f);  // start: reversed, tip on (50, 0) pointing up
        Near(new Box(47, 94, 6, 6), heads[1], 0.01f); // end: tip on (50, 100) pointing down
    }

    [Fact]
    public void Mid_markers_go_on_every_inner_vertex_in_user_units()
    {
        var dots = Heads("<polyline points='0,0 20,0 20,20 40,20' fill='none' stroke='black' stroke-width='5' marker-mid='url(#dot)'/>", "#0000ff");
        Assert.Equal(2, dots.Count);
        Near(new Box(18, -2, 4, 4), dots[0], 0.01f);
        Near(new Box(18, 18, 4, 4), dots[1], 0.01f);
    }

    [Fact]
    public void Markers_are_inherited_and_missing_ones_are_ignored()
    {
        Assert.Equal(2, Heads("<g marker-end='url(#arrow)'><line x2='10' stroke='black'/><line x2='10' y1='5' y2='5' stroke='black'/></g>", "#ff0000").Count);
        Assert.Empty(Heads("<line x2='10' stroke='black' marker-end='url(#nothing)'/>", "#ff0000"));
    }
}
