namespace ReportGen.Pdf;

/// <summary>Options for <see cref="PdfWriter"/>.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>Extra folders searched (before the system font folders) for TrueType fonts covering characters the
    /// shipped fonts lack, e.g. a CJK font. Only <c>.ttf</c> files are used.</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
}
