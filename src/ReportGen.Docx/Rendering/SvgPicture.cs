using ReportGen.Docx.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using A = DocumentFormat.OpenXml.Drawing;
using Svg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace ReportGen.Docx.Rendering;

/// <summary>An SVG picture the way Word 2016+ stores one: the blip embeds a PNG rendering (what LibreOffice and older
/// Word show) and carries the <c>asvg:svgBlip</c> extension pointing at the SVG part (what Word draws).</summary>
internal static class SvgPicture
{
    /// <summary>The extension URI Word uses for the SVG blip.</summary>
    private const string SvgBlipExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>The drawing for <paramref name="svg"/> at a size in points, or null (with a warning naming
    /// <paramref name="what"/>) when there is no rasterizer or the SVG cannot be read.</summary>
    public static Drawing? Create(DocxContext context, ImageData svg, double widthPoints, double heightPoints, string altText, string what)
    {
        if (context.Options.SvgRasterizer is not { } rasterize)
        {
            context.Warn($"{what} was left out of the Word document (nothing to draw SVG with)");
            return null;
        }
        if (rasterize(svg, widthPoints, heightPoints) is not { Png: { Format: ImageFormat.Png } png } raster)
        {
            context.Warn($"{what} could not be read as SVG; it was left out of the Word document");
            return null;
        }
        // Word draws the SVG itself; the PNG is what LibreOffice and older Word show, so say what it lacks.
        foreach (var warning in raster.Warnings)
            context.Warn($"{what}, in the PNG shown by viewers without SVG support: {warning}");
        var (pngId, drawingId) = context.AddImage(png);
        var svgId = pngId + "Svg";
        context.AddMedia(svgId, ContentTypes.Svg, svg.Bytes);
        var drawing = InlineImage.Create(pngId, drawingId, widthPoints, heightPoints, altText);
        var blip = drawing.Descendants<A.Blip>().Single();
        blip.AppendChild(new A.BlipExtensionList(
            new A.BlipExtension(new Svg.SVGBlip { Embed = svgId }) { Uri = SvgBlipExtensionUri }));
        return drawing;
    }
}
