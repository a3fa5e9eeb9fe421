using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Loading;

public class ImageProbeTests
{
    [Fact]
    public void Png_size_comes_from_the_header()
    {
        Assert.True(ImageProbe.TryRead(RepoPaths.Example("figures/error-rate.png"), ImageProbe.DefaultMaxImageBytes, out var image, out var problem), problem);
        Assert.Equal((ImageFormat.Png, 800, 320), (image!.Format, image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void Jpeg_size_comes_from_the_frame_header()
    {
        // SOI, an APP0 segment to skip, then SOF0 with height 120 and width 200.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x78, 0x00, 0xC8, 0x01, 0x01, 0x11, 0x00];
        Assert.True(ImageProbe.TryRead(jpeg, out var image, out _));
        Assert.Equal((ImageFormat.Jpeg, 200, 120), (image!.Format, image.PixelWidth, image.PixelHeight));
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 480'/>", 640, 480)]
    [InlineData("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' width='300px' height='90'><rect/></svg>", 300, 90)]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='460.8pt' height='345.6pt' viewBox='0 0 460.8 345.6'/>", 615, 461)] // matplotlib
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='210mm' height='297mm'/>", 794, 1123)] // Inkscape A4
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='100%' height='100%' viewBox='0 0 40 30'/>", 40, 30)]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='200' viewBox='0 0 40 30'/>", 200, 150)]
    public void Svg_size_comes_from_width_height_or_viewbox(string svg, int width, int height)
    {
        Assert.True(ImageProbe.TryRead(Encoding.UTF8.GetBytes(svg), out var image, out var problem), problem);
        Assert.Equal((ImageFormat.Svg, width, height), (image!.Format, image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void Svg_entities_are_never_expanded()
    {
        // If the DTD were processed, width would read 500; it is ignored, so the reference is undefined and refused.
        var svg = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY w '500'>]><svg xmlns='http://www.w3.org/2000/svg' width='&w;' height='10'/>";
        Assert.False(ImageProbe.TryRead(Encoding.UTF8.GetBytes(svg), out _, out var problem));
        Assert.Contains("not a well-formed SVG", problem);
    }

    [Fact]
    public void Text_and_truncated_files_are_not_images()
    {
        Assert.False(ImageProbe.TryRead(Encoding.UTF8.GetBytes("hello"), out _, out var problem));
        Assert.Equal("it is not a PNG, JPEG or SVG image", problem);
        Assert.False(ImageProbe.TryRead([0x89, (byte)'P', (byte)'N', (byte)'G'], out _, out _));
        Assert.False(ImageProbe.TryRead([], out _, out var empty));
        Assert.Equal("the file is empty", empty);
    }
}
