using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using V = DocumentFormat.OpenXml.Vml;

namespace ReportGen.Docx.Packaging;

/// <summary>A large diagonal "DRAFT" behind the text of every page, the same VML word-art shape Word's own
/// Design › Watermark inserts (so Word users can remove or change it the usual way), anchored in the header.</summary>
internal static class DraftWatermark
{
    private const string ShapeTypeId = "_x0000_t136"; // Word's preset id for text-path word art

    /// <summary>A run holding the watermark shape, in the theme's draft colour, faint enough to read through.</summary>
    public static Run Create(Theme theme, double textWidth)
    {
        var width = textWidth * 0.9;
        var height = width / 3.2;
        var size = string.Create(CultureInfo.InvariantCulture, $"width:{width:0.#}pt;height:{height:0.#}pt;");
        var style = "position:absolute;margin-left:0;margin-top:0;" + size + "rotation:315;z-index:-251657216;"
            + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            + "mso-position-vertical:center;mso-position-vertical-relative:margin";
        var shapeType = new V.Shapetype(
            new V.Path { AllowTextPath = true, ConnectionPointType = DocumentFormat.OpenXml.Vml.Office.ConnectValues.Custom },
            new V.TextPath { On = true, FitShape = true })
        {
            Id = ShapeTypeId,
            CoordinateSize = "21600,21600",
            OptionalNumber = 136,
            Adjustment = "10800",
            EdgePath = "m@7,l@8,m@5,21600l@6,21600e",
        };
        var shape = new V.Shape(
            new V.Fill { Opacity = ".18" },
            new V.TextPath { Style = "font-family:\"" + theme.DocxFonts.Heading + "\";font-size:1pt", String = "DRAFT" })
        {
            Id = "ReportGenDraftWatermark",
            Type = "#" + ShapeTypeId,
            Style = style,
            AllowInCell = false,
            FillColor = "#" + theme.Colors.Draft.Hex,
            Stroked = false,
        };
        return new Run(new Picture(shapeType, shape));
    }
}
