using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>Collects the diagnostics of one file while it is checked, plus facts later checks need
/// (where template placeholders were left).</summary>
internal sealed class ValidationContext(string file)
{
    /// <summary>The file as the user named it.</summary>
    public string File { get; } = file;
    /// <summary>Everything found so far.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>Text values still holding template placeholders.</summary>
    public List<YScalar> Placeholders { get; } = [];

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => Diagnostics.Exists(d => d.IsError);

    /// <summary>Reports an error at a node.</summary>
    public void Error(YNode at, string message, string? hint = null) =>
        Diagnostics.Add(new(DiagnosticSeverity.Error, File, at.Line, at.Column, message, NullIfEmpty(at.Path), hint));

    /// <summary>Reports a warning at a node.</summary>
    public void Warning(YNode at, string message, string? hint = null) =>
        Diagnostics.Add(new(DiagnosticSeverity.Warning, File, at.Line, at.Column, message, NullIfEmpty(at.Path), hint));

    /// <summary>Reports a warning about the character at <paramref name="offset"/> of a value's text written as
    /// <paramref name="written"/> (confined Markdown, say): at its own line and column inside the value.</summary>
    public void WarningInside(YScalar at, string written, int offset, string message, string? hint = null)
    {
        var (line, column) = at.PositionAfter(written.AsSpan(0, Math.Clamp(offset, 0, written.Length)));
        Diagnostics.Add(new(DiagnosticSeverity.Warning, File, line, column, message, NullIfEmpty(at.Path), hint));
    }

    /// <summary>Reports at a node with the given severity.</summary>
    public void Report(DiagnosticSeverity severity, YNode at, string message, string? hint = null, string? path = null) =>
        Diagnostics.Add(new(severity, File, at.Line, at.Column, message, path ?? NullIfEmpty(at.Path), hint));

    private static string? NullIfEmpty(string path) => path.Length == 0 ? null : path;
}
