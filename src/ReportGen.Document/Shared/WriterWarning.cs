using ReportGen.Document.Diagnostics;

namespace ReportGen.Document;

/// <summary>Turns what a writer has to say into a <see cref="Diagnostic"/> that keeps its place: at the origin of the
/// block it is about (a line of the incident file, or of the layout template for the layout's own text), else naming
/// the document's input file as a whole.</summary>
public static class WriterWarning
{
    /// <summary>A warning about content that came from <paramref name="origin"/> (null: about the whole document).</summary>
    public static Diagnostic For(ReportDocument document, SourceReference? origin, string message) => origin is { } at
        ? new Diagnostic(DiagnosticSeverity.Warning, at.File, at.Line, at.Column, message, at.YamlPath)
        : new Diagnostic(DiagnosticSeverity.Warning, document.SourceFile, 0, 0, message);
}
