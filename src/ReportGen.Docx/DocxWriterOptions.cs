using ReportGen.Document;

namespace ReportGen.Docx;

/// <summary>Options of <see cref="DocxWriter"/>; immutable, shared by every document of a run.</summary>
public sealed record DocxWriterOptions
{
    /// <summary>An organisation's own .docx template (<c>--reference-docx</c>): its styles, theme fonts and page
    /// margins replace ours, so the report takes the template's look. Styles the template lacks are added from ours.</summary>
    public string? ReferenceDocxPath { get; init; }

    /// <summary>Draws the <c>figure:timeline</c> figure as a PNG at a width in points; null leaves that figure out.</summary>
    public Func<TimelineChart, double, ImageData>? FigureRasterizer { get; init; }

    /// <summary>Draws a review's <c>figure:trend</c> figure as a PNG at a width in points; null leaves that figure out.</summary>
    public Func<TrendChart, double, ImageData>? TrendRasterizer { get; init; }

    /// <summary>Draws an SVG image as a PNG at a size in points (width, height), with what the drawing left out, or
    /// returns null when it cannot be read. SVG figures and logos are embedded as the SVG with this PNG as the fallback
    /// for viewers without SVG support (Word 2016+ shows the vector); what the PNG leaves out becomes a warning; null
    /// leaves SVG pictures out with a warning.</summary>
    public Func<ImageData, double, double, RasterizedSvg?>? SvgRasterizer { get; init; }
}
