using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>SVG figures and logos in the finished PDF: vector, extractable text, sized to the column, captioned.</summary>
public class SvgFigurePdfTests
{
    private static ImageData SvgImage(byte[] bytes, int width, int height) => new(bytes, ImageFormat.Svg, width, height);

    private static ReportDocument WithFigure(ImageData image, string caption = "Figure 1. Error rate") => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = [new ParagraphBlock([new TextInline("Before the figure.")]), new FigureBlock("figures/chart.svg", caption, "chart", image)],
    };

    private static ImageData Matplotlib => SvgImage(Fixture("matplotlib-chart.svg"), 614, 307);

    [Fact]
    public void Svg_text_is_extractable_and_fonts_are_subset_in_a_valid_pdf()
    {
        var pdf = SharedWriter.Pdf(WithFigure(Matplotlib), out var result);
        Assert.Empty(result.Warnings);
        var text = PdfTools.Text(pdf);
        Assert.Contains("Checkout 5xx error rate", text);
        Assert.Contains("10:30", text);
        Assert.Contains("Figure 1. Error rate", text);
        PdfAssert.FontsEmbeddedSubsetNoType3(pdf);
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "svg-figure.pdf"), pdf);
    }

    [Fact]
    public void Same_svg_gives_the_same_bytes()
    {
        Assert.Equal(SharedWriter.Pdf(WithFigure(Matplotlib)), SharedWriter.Pdf(WithFigure(Matplotlib)));
    }

    [Fact]
    public void Figure_fills_the_column_at_its_aspect_ratio_with_the_caption_below()
    {
        var layout = SharedWriter.Instance.Paginate(WithFigure(Matplotlib));
        var content = layout.Geometry.Content;
        var page = Placed(layout.Pages[0].Commands);
        var viewport = Viewport(page);
        Assert.Equal(content.Width, viewport.Width, 0.1f);
        Assert.Equal(content.Width * 230.4f / 460.8f, viewport.Height, 0.1f);
        var title = page.Single(p => p.Command is TextCommand t && t.Text == "Checkout 5xx error rate").Box;
        Assert.True(title.X > viewport.X && title.Right < viewport.Right && title.Y > viewport.Y, $"title {title} outside {viewport}");
        var caption = page.Single(p => p.Command is TextCommand t && t.Text.Contains("Figure", StringComparison.Ordinal)).Box;
        Assert.True(caption.Y >= viewport.Bottom, "the caption is below the figure");
    }

    [Fact]
    public void Tall_figure_is_at_most_half_a_page_tall_and_centred()
    {
        var tall = Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 1000'><rect width='100' height='1000' fill='#336699'/></svg>");
        var layout = SharedWriter.Instance.Paginate(WithFigure(SvgImage(tall, 100, 1000)));
        var content = layout.Geometry.Content;
        var viewport = Viewport(Placed(layout.Pages[0].Commands));
        Assert.Equal(content.Height / 2, viewport.Height, 0.1f);
        Assert.Equal(content.X + content.Width / 2, viewport.X + viewport.Width / 2, 0.1f);
    }

    [Fact]
    public void Damaged_svg_becomes_a_placeholder_with_a_reason()
    {
        var broken = SvgImage(Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'><rect"), 10, 10);
        var pdf = SharedWriter.Pdf(WithFigure(broken), out var result);
        var warning = Assert.Single(result.Warnings).Message;
        Assert.Contains("the SVG could not be read", warning);
        Assert.Contains("figures/chart.svg", warning);
        Assert.Contains("chart", PdfTools.Text(pdf)); // the placeholder shows the alt text
    }

    [Fact]
    public void Skipped_svg_features_are_reported_once_per_figure()
    {
        var filtered = SvgImage(Fixture("drawio-diagram.svg"), 401, 181);
        SharedWriter.Pdf(WithFigure(filtered), out var result);
        Assert.Equal(["SVG figure 'figures/chart.svg': not drawn: filters"], result.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void Svg_logo_is_drawn_as_vectors_in_the_title_block()
    {
        var logo = Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 60'><rect width='200' height='60' rx='8' fill='#1d4ed8'/><text x='100' y='38' text-anchor='middle' fill='white' font-size='24'>ACME</text></svg>");
        var document = WithFigure(Matplotlib) with { Theme = new Theme { Logo = SvgImage(logo, 200, 60) } };
        document = document with { Blocks = [ReportFixtures.Title(document.Settings), .. document.Blocks] };
        var layout = SharedWriter.Instance.Paginate(document);
        Assert.Empty(layout.Warnings);
        var page = Placed(layout.Pages[0].Commands);
        var acme = page.Single(p => p.Command is TextCommand t && t.Text == "ACME").Box;
        var content = layout.Geometry.Content;
        Assert.True(acme.Right <= content.Right + 0.1f && acme.X > content.X + content.Width / 2, $"logo text at {acme}");
        Assert.True(acme.Bottom <= content.Y + 36.5f, "the logo is at most 36 pt tall at the top");
    }

    /// <summary>The SVG's root viewport on the page: the first clip drawn, mapped to page points.</summary>
    private static Box Viewport(List<Placed> page) => page.First(p => p.Command is ClipPathCommand).Box;
}
