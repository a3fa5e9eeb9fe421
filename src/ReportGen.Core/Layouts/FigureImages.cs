using ReportGen.Core.Model;
using ReportGen.Documents;

namespace ReportGen.Core.Layouts;

/// <summary>Reads the image of an incident figure for the Document model.</summary>
internal static class FigureImages
{
    public static ImageData? Read(Figure figure) => null;
}
