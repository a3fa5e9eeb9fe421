using ReportGen.Document.Diagnostics;

namespace ReportGen.Document;

/// <summary>Turns a <see cref="ReportDocument"/> into one output format. One instance serves a whole run: it loads
/// shared read-only resources (fonts, styles) once and must be safe to call from several threads at once.</summary>
public interface IDocumentWriter
{
    /// <summary>Format name and file extension without the dot: <c>pdf</c>, <c>docx</c>.</summary>
    string Format { get; }

    /// <summary>Writes the document to <paramref name="output"/>. Problems that do not stop the output (a character
    /// no font can show, a character XML cannot hold) come back as warnings; the stream is not closed.</summary>
    WriteResult Write(ReportDocument document, Stream output);
}

/// <summary>What a writer reports: page count when it knows it (0 otherwise) and warnings, each at the place of the
/// block it concerns (see <see cref="WriterWarning"/>).</summary>
public sealed record WriteResult(int Pages, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>A result with no warnings.</summary>
    public static WriteResult Ok(int pages = 0) => new(pages, []);
}
