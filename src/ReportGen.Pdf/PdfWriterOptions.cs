namespace ReportGen.Pdf;

/// <summary>Options for <see cref="PdfWriter"/>.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>Extra folders searched (after the shipped fonts, before the system font folders) for TrueType fonts
    /// covering characters no shipped font has, e.g. a historic script. Font files (<c>.ttf</c>, <c>.otf</c>,
    /// <c>.ttc</c>) with TrueType outlines are used; CFF-outline fonts are skipped.</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];

    /// <summary>The most pixels (width × height) an image may have to be drawn; a bigger one, or one whose data does
    /// not match its header, is shown as a placeholder with a warning. Default 50 million.</summary>
    public long MaxImagePixels { get; init; } = Output.ImageInspector.DefaultMaxPixels;

    /// <summary>The system font folders searched last; null (the default) for the platform's usual folders, or the
    /// folders of the fontconfig file named by <c>FONTCONFIG_FILE</c> when that is set; empty for none, so that output
    /// cannot depend on the machine's fonts at all.</summary>
    public IReadOnlyList<string>? SystemFontDirectories { get; init; }

    /// <summary>Writes the PDF without its structure tree, marked content and PDF/A and PDF/UA metadata: only for the
    /// benchmarks that measure what tagging costs. Tagging is always on for users.</summary>
    internal bool Untagged { get; init; }
}
