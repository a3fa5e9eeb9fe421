using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Documents;

namespace ReportGen.Core.Layouts;

/// <summary>Reads the image of an incident figure for the Document model (the loader has already checked it).</summary>
internal static class FigureImages
{
    public static ImageData? Read(Figure figure) => ImageProbe.TryRead(figure.FullPath, out var image, out _) ? image : null;
}
