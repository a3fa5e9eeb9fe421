using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Svg;
using ReportGen.Pdf.Tests.Writer;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>The PNG fallback the .docx embeds beside an SVG: printed size at 200 dpi, same drawing as the PDF.</summary>
public class SvgPngRendererTests
{
    private static readonly SvgPngRenderer Renderer = new(SharedWriter.Instance);

    private static ImageData Svg(string body) =>
        new(Encoding.UTF8.GetBytes($"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>{body}</svg>"), ImageFormat.Svg, 100, 50);

    [Fact]
    public void Png_has_the_printed_size_at_200_dpi_and_shows_the_shapes_where_they_are()
    {
        var raster = Renderer.Render(Svg("<rect x='50' y='0' width='50' height='50' fill='#ff0000'/>"), 72, 36);
        Assert.NotNull(raster);
        Assert.Empty(raster.Warnings);
        var png = raster.Png;
        Assert.Equal((ImageFormat.Png, 200, 100), (png.Format, png.PixelWidth, png.PixelHeight));
        using var bitmap = SKBitmap.Decode(png.Bytes);
        Assert.Equal((200, 100), (bitmap.Width, bitmap.Height));
        Assert.Equal(new SKColor(255, 0, 0), bitmap.GetPixel(150, 50)); // inside the red right half
        Assert.Equal(0, bitmap.GetPixel(50, 50).Alpha);                  // the left half stays transparent
    }

    [Fact]
    public void A_box_of_another_aspect_ratio_gets_the_drawing_centred_not_stretched()
    {
        var png = Renderer.Render(Svg("<rect width='100' height='50' fill='#0000ff'/>"), 72, 72)!.Png;
        using var bitmap = SKBitmap.Decode(png.Bytes);
        Assert.Equal(0, bitmap.GetPixel(100, 10).Alpha);                  // above the centred drawing
        Assert.Equal(new SKColor(0, 0, 255), bitmap.GetPixel(100, 100));  // its middle
        Assert.Equal(0, bitmap.GetPixel(100, 190).Alpha);                 // below it
    }

    [Fact]
    public void Same_svg_and_size_give_the_same_bytes()
    {
        var svg = Svg("<circle cx='50' cy='25' r='20' fill='teal'/><text x='50' y='30' text-anchor='middle'>x</text>");
        Assert.Equal(Renderer.Render(svg, 300, 150)!.Png.Bytes, Renderer.Render(svg, 300, 150)!.Png.Bytes);
    }

    [Fact]
    public void Huge_printed_sizes_are_capped()
    {
        var png = Renderer.Render(Svg("<rect width='100' height='50'/>"), 20_000, 10_000)!.Png;
        Assert.Equal((4096, 2048), (png.PixelWidth, png.PixelHeight));
    }

    [Fact]
    public void What_the_drawing_leaves_out_comes_back_with_the_png()
    {
        var raster = Renderer.Render(Svg("<filter id='blur'><feGaussianBlur stdDeviation='2'/></filter>" +
            "<rect width='100' height='50' fill='teal' filter='url(#blur)'/>"), 72, 36)!;
        Assert.Contains(raster.Warnings, w => w.Contains("filter", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_svg_gives_null()
    {
        Assert.Null(Renderer.Render(new ImageData(Encoding.UTF8.GetBytes("<svg"), ImageFormat.Svg, 1, 1), 10, 10));
        Assert.Null(Renderer.Render(new ImageData([1, 2, 3], ImageFormat.Png, 1, 1), 10, 10));
    }
}
