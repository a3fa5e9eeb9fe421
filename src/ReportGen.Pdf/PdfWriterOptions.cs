namespace ReportGen.Pdf;

/// <summary>Options for <see cref="PdfWriter"/>.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>Extra folders searched (before the system font folders) for TrueType fonts covering characters the
    /// shipped fonts lack, e.g. a CJK font. Font files (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>) with TrueType outlines
    /// are used; CFF-outline fonts are skipped.</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
}
