using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;
using ReportGen.Pdf.Tests.Writer;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>use/symbol, clip paths, switch, text, embedded images, and the warning for what is skipped.</summary>
public class SvgStructureTests
{
    [Fact]
    public void Use_draws_the_referenced_element_moved_by_x_and_y_with_the_uses_style()
    {
        var fills = Placed(Load(Doc("""
            <defs><path id='tick' d='M0 0 H4 V4 H0 Z'/></defs>
            <use xlink:href='#tick' x='10' y='20' fill='#ff0000'/>
            <use href='#tick' x='30' y='20'/>
            """))).Where(p => p.Command is FillPathCommand).ToList();
        Assert.Equal(2, fills.Count);
        Near(new Box(10, 20, 4, 4), fills[0].Box);
        Near(new Box(30, 20, 4, 4), fills[1].Box);
        Assert.Equal(new SolidPaint(new(255, 0, 0)), ((FillPathCommand)fills[0].Command).Paint);
    }

    [Fact]
    public void Symbol_with_a_viewBox_is_scaled_into_the_uses_size()
    {
        var fill = Placed(Load(Doc("""
            <symbol id='icon' viewBox='0 0 10 10'><rect width='10' height='10'/></symbol>
            <use href='#icon' x='50' y='10' width='40' height='40'/>
            """))).Single(p => p.Command is FillPathCommand);
        Near(new Box(50, 10, 40, 40), fill.Box);
    }

    [Fact]
    public void Use_that_references_itself_or_nothing_stops_with_a_warning()
    {
        var drawing = Load(Doc("""
            <g id='loop'><rect width='1' height='1'/><use href='#loop'/></g>
            <use href='#nowhere'/>
            <use href='other.svg#thing'/>
            """));
        Assert.Single(drawing.Commands.OfType<FillPathCommand>());
        var warning = Assert.Single(drawing.Warnings);
        Assert.Contains("reference themselves", warning);
        Assert.Contains("references to other files", warning);
    }

    [Fact]
    public void Clip_path_limits_the_shape_in_its_user_space()
    {
        var placed = Placed(Load(Doc("""
            <defs><clipPath id='axes'><rect x='10' y='10' width='30' height='30'/></clipPath></defs>
            <g transform='translate(100 0)'><path d='M0 0 L80 80' fill='none' stroke='black' clip-path='url(#axes)'/></g>
            <rect width='5' height='5'/>
            """)));
        var clip = placed.Where(p => p.Command is ClipPathCommand).Last();
        Near(new Box(110, 10, 30, 30), clip.Box);
        var stroke = placed.Single(p => p.Command is StrokePathCommand);
        Assert.Equal(2, stroke.Clips); // the root viewport and the clip path
        Assert.Equal(1, placed.Single(p => p.Command is FillPathCommand).Clips); // the clip ends with its element
    }

    [Fact]
    public void Bounding_box_clip_path_scales_to_the_shape()
    {
        var clip = Placed(Load(Doc("""
            <clipPath id='half' clipPathUnits='objectBoundingBox'><rect width='0.5' height='1'/></clipPath>
            <rect x='20' y='20' width='100' height='40' clip-path='url(#half)'/>
            """))).Where(p => p.Command is ClipPathCommand).Last();
        Near(new Box(20, 20, 50, 40), clip.Box);
    }

    [Fact]
    public void Switch_prefers_a_plain_fallback_to_a_foreignObject_and_matches_the_language()
    {
        var drawing = Load(Doc("""
            <switch>
              <foreignObject width='100%' height='100%' requiredFeatures='http://www.w3.org/TR/SVG11/feature#Extensibility'>
                <div xmlns='http://www.w3.org/1999/xhtml' style='padding-top: 40px'>HTML label</div>
              </foreignObject>
              <text x='5' y='20'>Plain label</text>
            </switch>
            <switch>
              <g requiredFeatures='http://www.w3.org/TR/SVG11/feature#Extensibility'/>
              <text y='99'>Text is not SVG - cannot display</text>
            </switch>
            <switch>
              <text systemLanguage='fr' y='90'>Bonjour</text>
              <text systemLanguage='en-GB,de' y='90'>Hello</text>
            </switch>
            """));
        Assert.Equal(["Plain label", "Hello"], drawing.Commands.OfType<TextCommand>().Select(t => t.Text));
        Assert.Empty(drawing.Warnings);
    }

    [Fact]
    public void ForeignObject_label_without_a_fallback_is_drawn_as_centred_plain_text()
    {
        var drawing = Load(Doc("""
            <g transform='translate(20 10)'>
              <foreignObject width='100' height='40'>
                <div xmlns='http://www.w3.org/1999/xhtml'><div>HTML <b>label</b></div><div>second   line</div></div>
              </foreignObject>
            </g>
            """));
        var texts = drawing.Commands.OfType<TextCommand>().ToList();
        Assert.Equal(["HTML label", "second line"], texts.Select(t => t.Text));
        Assert.Equal(50, (texts[0].Run.X[0] + texts[0].Run.EndX) / 2, 0.01f); // centred in the box
        Assert.True(texts[0].Run.Y[0] > 0 && texts[1].Run.Y[0] < 40 && texts[1].Run.Y[0] > texts[0].Run.Y[0], "lines stacked inside the box");
        Assert.Empty(drawing.Warnings);
    }

    [Fact]
    public void Text_keeps_its_characters_and_anchors_and_maps_families_to_the_shipped_faces()
    {
        var texts = Load(Doc("""
            <text x='100' y='50' text-anchor='middle' font-size='20'>Centred</text>
            <text x='100' y='80' text-anchor='end' font-family='Consolas, monospace'>right</text>
            <text x='10' y='90' font-family='Georgia, serif'>Plain <tspan font-weight='bold'>bold</tspan><tspan dx='4' font-style='italic'> it</tspan></text>
            """)).Commands.OfType<TextCommand>().ToList();
        Assert.Equal(["Centred", "right", "Plain ", "bold", " it"], texts.Select(t => t.Text));
        var centred = texts[0];
        Assert.Equal(20, centred.Run.Size);
        Assert.Equal(100, (centred.Run.X[0] + centred.Run.EndX) / 2, 0.01f);
        Assert.Equal(100, texts[1].Run.EndX, 0.01f);
        var fonts = SharedWriter.Instance.Fonts;
        Assert.Same(fonts.Get(FontRole.Mono), texts[1].Run.Face);
        Assert.Same(fonts.Get(FontRole.Regular), texts[2].Run.Face);
        Assert.Same(fonts.Get(FontRole.Bold), texts[3].Run.Face);
        Assert.Same(fonts.Get(FontRole.Italic), texts[4].Run.Face);
        Assert.True(texts[4].Run.X[0] >= texts[3].Run.EndX + 4 - 0.01f, "dx moves the tspan right");
        Assert.All(texts[2..], t => Assert.Equal(90, t.Run.Y[0]));
    }

    [Fact]
    public void Text_whitespace_collapses_and_central_baseline_moves_the_text_down()
    {
        var texts = Load(Doc("""
            <text x='0' y='50'>
                two   words
            </text>
            <text x='0' y='50' dominant-baseline='central'>mid</text>
            """)).Commands.OfType<TextCommand>().ToList();
        Assert.Equal("two words", texts[0].Text);
        Assert.True(texts[1].Run.Y[0] > 50, "central baseline sits below the y coordinate");
    }

    [Fact]
    public void Embedded_png_is_drawn_and_external_images_are_never_fetched()
    {
        var png = Convert.ToBase64String(Fixtures.TestImages.ErrorRateChart(40, 20).Bytes);
        var drawing = Load(Doc($"""
            <image x='10' y='10' width='80' height='40' xlink:href='data:image/png;base64,{png}'/>
            <image x='0' y='0' width='10' height='10' href='https://example.invalid/tracker.png'/>
            <image x='0' y='0' width='10' height='10' href='data:image/gif;base64,R0lGODlhAQABAAAAACw='/>
            """));
        var image = Placed(drawing).Single(p => p.Command is ImageCommand);
        Near(new Box(10, 10, 80, 40), image.Box);
        var warning = Assert.Single(drawing.Warnings);
        Assert.Contains("images from other files or the web", warning);
        Assert.Contains("embedded images other than PNG or JPEG", warning);
    }

    [Fact]
    public void Unsupported_features_are_each_named_once_and_the_rest_is_drawn()
    {
        var drawing = Load(Doc("""
            <filter id='blur'><feGaussianBlur stdDeviation='2'/></filter>
            <rect width='10' height='10' filter='url(#blur)'/>
            <rect width='10' height='10' filter='url(#blur)' mask='url(#m)'/>
            <foreignObject width='10' height='10'/>
            <circle r='3'><animate attributeName='r' to='5'/></circle>
            """));
        Assert.Equal(3, drawing.Commands.OfType<FillPathCommand>().Count());
        Assert.Equal(["not drawn: <foreignObject> content other than text, filters, masks"], drawing.Warnings);
    }
}
