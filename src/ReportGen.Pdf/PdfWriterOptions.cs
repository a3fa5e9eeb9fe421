namespace ReportGen.Pdf;

/// <summary>Options for <see cref="PdfWriter"/>.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>Extra folders searched (before the system font folders) for TrueType fonts covering characters the
    /// shipped fonts lack, e.g. a CJK font. Font files (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>) with TrueType outlines
    /// are used; CFF-outline fonts are skipped.</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];

    /// <summary>The most pixels (width × height) an image may have to be drawn; a bigger one, or one whose data does
    /// not match its header, is shown as a placeholder with a warning. Default 50 million.</summary>
    public long MaxImagePixels { get; init; } = Output.ImageInspector.DefaultMaxPixels;
}
