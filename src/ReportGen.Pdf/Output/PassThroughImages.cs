using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>For one PDF: the PNG images whose compressed pixels go into the file as they are. Skia draws a tiny
/// stand-in image for each (one pixel wide, <c>2 + index</c> tall, a size no other image in the document has), and
/// the post-pass gives the stand-in's object a new revision holding the PNG's data, so Skia never decodes or
/// re-compresses those pixels.</summary>
internal sealed class PassThroughImages
{
    private const int StandInWidth = 1;
    private readonly List<(ImageData Image, PngImageStream Stream)> _images;

    private PassThroughImages(List<(ImageData, PngImageStream)> images) => _images = images;

    public static PassThroughImages None { get; } = new([]);

    public bool IsEmpty => _images.Count == 0;

    public static PassThroughImages Collect(IEnumerable<RecordingCanvas> pages)
    {
        var images = new List<(ImageData, PngImageStream)>();
        var seen = new HashSet<ImageData>(ReferenceEqualityComparer.Instance);
        var othersAreNarrow = false;
        foreach (var page in pages)
            foreach (var command in page.Commands)
            {
                if (command is not ImageCommand { Image: var image } || !seen.Add(image))
                    continue;
                if (PngPassThrough.TryRead(image) is { } stream)
                    images.Add((image, stream));
                else
                    othersAreNarrow |= image.PixelWidth == StandInWidth;
            }
        // A stand-in is recognised by its size: with a one-pixel-wide image of its own, the document could be ambiguous.
        return othersAreNarrow || images.Count == 0 ? None : new PassThroughImages(images);
    }

    /// <summary>Makes <paramref name="cache"/> hand out the stand-ins instead of decoding the images.</summary>
    public void SubstituteStandIns(ImageCache cache)
    {
        for (var i = 0; i < _images.Count; i++)
        {
            var height = StandInHeight(i);
            var info = new SKImageInfo(StandInWidth, height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
            var pixels = new byte[height * 4];
            for (var p = 0; p < pixels.Length; p += 4)
                (pixels[p], pixels[p + 1], pixels[p + 2], pixels[p + 3]) = ((byte)i, (byte)(i >> 8), 0x5A, 0xFF);
            var standIn = SKImage.FromPixelCopy(info, pixels)
                ?? throw new InvalidOperationException("could not create a stand-in image");
            cache.Substitute(_images[i].Image, standIn);
        }
    }

    /// <summary>Adds the real pixels for every stand-in to <paramref name="update"/>; false when a stand-in cannot be
    /// found in the file (then the caller draws the images with Skia instead).</summary>
    public bool AddReplacements(PdfIncrementalUpdate update, PdfDocumentParts document)
    {
        var objects = PdfImageObjects.Read(document.File, document.Pages);
        for (var i = 0; i < _images.Count; i++)
        {
            var stream = _images[i].Stream;
            var replacement = new PdfImageReplacement(StandInWidth, StandInHeight(i), stream.Width, stream.Height, stream.Zlib);
            var found = false;
            foreach (var standIn in objects)
            {
                if (standIn.Width != StandInWidth || standIn.Height != StandInHeight(i))
                    continue;
                if (!IsRgb(standIn.Dictionary["ColorSpace"], document.File))
                    return false;
                update.Add(standIn.Reference.Number, standIn.Reference.Generation, replacement.Body(standIn, document.File.Parser.Data));
                found = true;
            }
            if (!found)
                return false;
        }
        return true;
    }

    private static int StandInHeight(int index) => 2 + index;

    /// <summary>DeviceRGB, or an ICC profile with three components (what Skia writes for sRGB images).</summary>
    private static bool IsRgb(PdfValue? colourSpace, PdfFileStructure file) => colourSpace switch
    {
        PdfName { Value: "DeviceRGB" } => true,
        PdfArray { Items: [PdfName { Value: "ICCBased" }, var profile] } =>
            file.Resolve(profile) is PdfDictionary dictionary && dictionary["N"] is PdfNumber { Value: 3 },
        _ => false,
    };
}
