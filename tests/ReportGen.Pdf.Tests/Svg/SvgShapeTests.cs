using ReportGen.Document;
using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>Shapes land where a browser puts them: viewBox, preserveAspectRatio and transforms applied.</summary>
public class SvgShapeTests
{
    private static List<Placed> Fills(string svg) => Placed(Load(svg)).Where(p => p.Command is FillPathCommand).ToList();

    [Fact]
    public void Rect_is_placed_through_the_viewBox_and_its_transform()
    {
        var fill = Assert.Single(Fills(Doc("<rect x='10' y='5' width='20' height='10' transform='translate(5 5)' fill='red'/>",
            "width='200' height='100' viewBox='0 0 100 50'")));
        Near(new Box(30, 20, 40, 20), fill.Box);
        Assert.Equal(new SolidPaint(new RgbColor(255, 0, 0)), ((FillPathCommand)fill.Command).Paint);
    }

    [Theory]
    [InlineData("", 50, 0)]                      // xMidYMid meet: centred horizontally
    [InlineData("preserveAspectRatio='xMinYMin meet'", 0, 0)]
    [InlineData("preserveAspectRatio='xMaxYMax meet'", 100, 0)]
    public void PreserveAspectRatio_aligns_the_viewBox(string aspect, float x, float y)
    {
        var fill = Assert.Single(Fills(Doc("<rect width='50' height='50'/>", $"width='200' height='100' viewBox='0 0 50 50' {aspect}")));
        Near(new Box(x, y, 100, 100), fill.Box);
    }

    [Fact]
    public void Transform_lists_apply_right_to_left_with_rotation_about_a_centre_and_skew()
    {
        var fills = Fills(Doc("""
            <rect width='10' height='10' transform='rotate(90 5 5)'/>
            <rect width='10' height='10' transform='translate(100 0) scale(2)'/>
            <rect width='10' height='10' transform='matrix(1 0 0 1 50 50) skewX(45)'/>
            """));
        Assert.Equal(3, fills.Count);
        var (x, y) = fills[0].Transform.Apply(0, 0);
        Assert.Equal((10f, 0f), (MathF.Round(x, 3), MathF.Round(y, 3)));
        Near(new Box(100, 0, 20, 20), fills[1].Box);
        Near(new Box(50, 50, 20, 10), fills[2].Box); // skewX(45) pushes the bottom edge 10 to the right
    }

    [Fact]
    public void Circles_ellipses_rounded_rects_lines_and_polygons_have_their_outlines()
    {
        var drawing = Load(Doc("""
            <circle cx='50' cy='50' r='10'/>
            <ellipse cx='100' cy='50' rx='20' ry='5'/>
            <rect x='0' y='0' width='40' height='20' rx='5'/>
            <polygon points='0,0 10,0 5,8'/>
            <line x1='1' y1='2' x2='30' y2='40' stroke='black'/>
            <polyline points='0 0, 5 5, 10 0' fill='none' stroke='black'/>
            """));
        var placed = Placed(drawing);
        var fills = placed.Where(p => p.Command is FillPathCommand).Select(p => p.Box).ToList();
        Assert.Equal(4, fills.Count); // a line has no fill; the polyline's fill is none
        Near(new Box(40, 40, 20, 20), fills[0], 0.01f);
        Near(new Box(80, 45, 40, 10), fills[1], 0.01f);
        Near(new Box(0, 0, 40, 20), fills[2], 0.01f);
        Assert.Contains(PathVerb.Cubic, ((FillPathCommand)placed.First(p => p.Box == fills[2]).Command).Path.Verbs); // rounded
        var strokes = placed.Select(p => p.Command).OfType<StrokePathCommand>().ToList();
        Assert.Equal(2, strokes.Count);
        Near(new Box(1, 2, 29, 38), strokes[0].Path.Bounds);
    }

    [Fact]
    public void Path_data_with_arcs_and_relative_commands_is_read()
    {
        var fill = Assert.Single(Fills(Doc("<path d='M10 10 h 20 v 20 a 10 10 0 0 1 -20 0 z'/>")));
        var path = ((FillPathCommand)fill.Command).Path;
        Assert.Contains(PathVerb.Conic, path.Verbs);
        Near(new Box(10, 10, 20, 30), path.Bounds, 0.01f);
    }

    [Fact]
    public void Zero_sized_and_hidden_shapes_draw_nothing()
    {
        Assert.Empty(Fills(Doc("""
            <rect width='0' height='10'/>
            <circle r='0'/>
            <path d=''/>
            <rect width='10' height='10' display='none'/>
            <g style='display:none'><rect width='10' height='10'/></g>
            <rect width='10' height='10' visibility='hidden'/>
            <rect width='10' height='10' opacity='0'/>
            <defs><rect width='10' height='10'/></defs>
            """)));
    }

    [Fact]
    public void Intrinsic_size_comes_from_width_and_height_in_any_unit_else_the_viewBox()
    {
        Assert.Equal((200f, 100f), Size(Load(Doc("", "width='200' height='100'"))));
        Assert.Equal((96f, 48f), Size(Load(Doc("", "width='1in' height='0.5in'"))));
        Assert.Equal((640f, 480f), Size(Load(Doc("", "viewBox='0 0 640 480'"))));
        Assert.Equal((320f, 240f), Size(Load(Doc("", "width='320' viewBox='0 0 640 480'"))));
        Assert.Equal((300f, 150f), Size(Load(Doc("", ""))));
        static (float, float) Size(Pdf.Svg.SvgDrawing d) => (d.Width, d.Height);
    }

    [Fact]
    public void The_root_viewport_clips_what_overflows()
    {
        var clip = Placed(Load(Doc("<rect width='500' height='500'/>"))).Select(p => p.Command).OfType<ClipPathCommand>().First();
        Near(new Box(0, 0, 200, 100), clip.Path.Bounds);
    }
}
