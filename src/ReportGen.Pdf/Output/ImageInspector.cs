using ReportGen.Document;
using ReportGen.Pdf.PdfFile;
using SkiaSharp;
using static System.FormattableString;

namespace ReportGen.Pdf.Output;

/// <summary>What the writers may do with one image: <see cref="Problem"/> says why it must not be embedded or decoded
/// (null when it is sound); <see cref="PassThrough"/> is the PNG data to embed as it is, when it qualifies.</summary>
internal sealed record ImageVerdict(string? Problem, PngImageStream? PassThrough);

/// <summary>Checks every raster image before a writer embeds or decodes it, once per image per render (the layout,
/// the PDF file and the PNG pages ask about the same images): the data must be what its header says, decodable, and
/// no bigger than <see cref="MaxPixels"/>. Thread-safe (PNG pages are drawn in parallel).</summary>
internal sealed class ImageInspector(long maxPixels = ImageInspector.DefaultMaxPixels)
{
    /// <summary>50 megapixels: more than any screenshot or chart (an 8K frame is 33), less than what makes a viewer or
    /// this writer stall (a 60000×60000 header cost a viewer 14 s; decoding 50 MP already takes 200 MB).</summary>
    public const long DefaultMaxPixels = 50_000_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ImageData, ImageVerdict> _verdicts =
        new(ReferenceEqualityComparer.Instance);

    public long MaxPixels => maxPixels;

    public ImageVerdict Inspect(ImageData image) => _verdicts.GetOrAdd(image, Check, maxPixels);

    private static ImageVerdict Check(ImageData image, long maxPixels) => image.Format switch
    {
        ImageFormat.Svg => new ImageVerdict(null, null),
        ImageFormat.Png => PngPassThrough.TryRead(image, maxPixels, out var problem) is { } stream
            ? new ImageVerdict(null, stream) : new ImageVerdict(problem ?? PngDecodeProblem(image.Bytes), null),
        _ => new ImageVerdict(JpegProblem(image.Bytes, maxPixels), null),
    };

    /// <summary>A PNG that is sound but not passed through (transparency, palette, interlacing...) is decoded later:
    /// its header must be one Skia's codec reads, or the layout puts a placeholder where it was.</summary>
    private static string? PngDecodeProblem(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null && codec.Info.Width > 0 && codec.Info.Height > 0 ? null : "the image data cannot be decoded";
    }

    /// <summary>Checks a JPEG's size against the cap, then decodes it at an eighth of its size (the whole compressed
    /// stream is still read, for a fraction of the memory) to find damaged or truncated data.</summary>
    private static string? JpegProblem(byte[] bytes, long maxPixels)
    {
        if (JpegHeader.TryRead(bytes) is not { } header)
            return "it is not a JPEG file this writer can read (no baseline or progressive 8-bit frame header)";
        if ((long)header.Width * header.Height > maxPixels)
            return PngCheck.TooLarge(header.Width, header.Height, maxPixels);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width != header.Width || codec.Info.Height != header.Height)
            return "its JPEG data cannot be decoded";
        var size = codec.GetScaledDimensions(0.125f);
        var info = new SKImageInfo(Math.Max(1, size.Width), Math.Max(1, size.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? null
            : Invariant($"its header claims {header.Width}×{header.Height} pixels but its image data is damaged or truncated");
    }
}
