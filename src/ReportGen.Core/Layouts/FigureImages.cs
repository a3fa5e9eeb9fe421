using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>Reads the image of an incident figure for the Document model. The loader has already checked it against
/// the run's <c>--max-image-size</c>, so only the absolute ceiling applies here.</summary>
internal static class FigureImages
{
    public static ImageData? Read(Figure figure) =>
        ImageProbe.TryRead(figure.FullPath, ImageProbe.MaxImageBytesCeiling, out var image, out _) ? image : null;
}
