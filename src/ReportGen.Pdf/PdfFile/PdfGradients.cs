using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Gradient paints (SVG linear and radial gradients) as PDF shading patterns.</summary>
internal sealed class PdfGradients(PdfFileBuilder file, PdfResources resources)
{
    /// <summary>Sets <paramref name="paint"/> as the fill (or stroke) paint for <paramref name="path"/>, drawn under
    /// <paramref name="transform"/> (the current user space relative to the stream's own space); false when
    /// nothing should be painted. Called inside a saved graphics state.</summary>
    public bool Set(ContentStream content, AffineTransform transform, VectorPaint paint, bool stroke, VectorPath path)
    {
        _ = file;
        _ = resources;
        _ = transform;
        _ = path;
        // Placeholder until shading patterns land: the middle stop's colour.
        var stops = paint switch
        {
            LinearGradientPaint linear => linear.Stops,
            RadialGradientPaint radial => radial.Stops,
            _ => [],
        };
        if (stops.Count == 0)
            return false;
        var middle = stops[stops.Count / 2];
        if (stroke)
            content.StrokeColor(middle.Color);
        else
            content.FillColor(middle.Color);
        return true;
    }
}
