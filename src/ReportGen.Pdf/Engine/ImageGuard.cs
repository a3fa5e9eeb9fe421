using ReportGen.Document;
using ReportGen.Pdf.Output;

namespace ReportGen.Pdf.Engine;

/// <summary>The last check before pages are written: every image drawn anywhere (figures, the theme's logo, images
/// inside SVG figures, documents from library callers that skipped validation) is inspected, and one that must not be
/// embedded becomes a visible placeholder (a framed, crossed box where it would have been) with a warning, never an
/// exception and never a viewer stalled on a lying header.</summary>
internal static class ImageGuard
{
    private static readonly RgbColor Fill = RgbColor.Parse("#F2F4F7");
    private static readonly RgbColor Stroke = RgbColor.Parse("#98A2B3");

    /// <summary>Replaces refused images in <paramref name="pages"/> and adds one warning per refused image.</summary>
    public static void Apply(IReadOnlyList<RecordingCanvas> pages, ImageInspector inspector, List<string> warnings)
    {
        var reported = new HashSet<ImageData>(ReferenceEqualityComparer.Instance);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = p + 1;
            pages[p].ReplaceImages(command =>
            {
                if (inspector.Inspect(command.Image).Problem is not { } problem)
                    return null;
                if (reported.Add(command.Image))
                    warnings.Add($"an image on page {page} cannot be drawn in the PDF and an empty box marks its place: {problem}");
                return Placeholder(command.Box);
            });
        }
    }

    private static DrawCommand[] Placeholder(Box box) =>
    [
        new FillRectCommand(box, Fill, 0),
        new StrokeRectCommand(box, Stroke, 0.75f, 0),
        new LineCommand(box.X, box.Y, box.Right, box.Bottom, Stroke, 0.5f),
        new LineCommand(box.X, box.Bottom, box.Right, box.Y, Stroke, 0.5f),
    ];
}
