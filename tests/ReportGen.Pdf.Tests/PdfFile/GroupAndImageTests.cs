using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>Group opacity and images as a PDF viewer shows them.</summary>
public class GroupAndImageTests
{
    private static ReportDocument WithFigure(ImageData image) => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = [new FigureBlock("figures/f", "Figure", "figure", image)],
    };

    [Fact]
    public void A_group_with_opacity_is_one_layer_so_overlapping_shapes_do_not_darken_each_other()
    {
        const string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'><g opacity='0.5'>" +
            "<rect x='10' y='10' width='100' height='60' fill='#ff0000'/><rect x='60' y='30' width='100' height='60' fill='#ff0000'/></g></svg>";
        var pdf = SharedWriter.Pdf(WithFigure(new ImageData(Encoding.UTF8.GetBytes(svg), ImageFormat.Svg, 200, 100)));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        using var page = Rasterise(pdf);
        int pink = 0, dark = 0;
        for (var y = 0; y < page.Height; y++)
            for (var x = 0; x < page.Width; x++)
            {
                var c = page.GetPixel(x, y);
                if (c.Red < 200 || c.Blue > c.Green + 8)
                    continue;
                if (c.Green is >= 110 and <= 150)
                    pink++; // red at half opacity over white
                else if (c.Green < 100)
                    dark++; // what the overlap would look like if each rectangle were half transparent on its own
            }
        Assert.True(pink > 1000, $"only {pink} pink pixels");
        Assert.Equal(0, dark);
    }

    [Fact]
    public void A_jpeg_goes_in_as_it_is_and_shows_its_colours()
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(new SKColor(30, 120, 200));
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        var jpeg = encoded.ToArray();
        var pdf = SharedWriter.Pdf(WithFigure(new ImageData(jpeg, ImageFormat.Jpeg, 64, 48)));
        Assert.Contains("/DCTDecode", Encoding.Latin1.GetString(pdf));
        Assert.True(pdf.AsSpan().IndexOf(jpeg) > 0, "the JPEG's own bytes are in the file");
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        using var page = Rasterise(pdf);
        var found = false;
        for (var y = 0; y < page.Height && !found; y++)
            for (var x = 0; x < page.Width && !found; x++)
            {
                var c = page.GetPixel(x, y);
                found = Math.Abs(c.Red - 30) <= 6 && Math.Abs(c.Green - 120) <= 6 && Math.Abs(c.Blue - 200) <= 6;
            }
        Assert.True(found, "the image's colour is nowhere on the page");
    }

    private static SKBitmap Rasterise(byte[] pdf) => Assert.Single(PdfTools.Pages(pdf, 72));
}
