namespace ReportGen.Document.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The file cannot be rendered (or, for <c>status: final</c>, signed off).</summary>
    Error,
    /// <summary>Worth fixing; fails only under <c>--strict</c>.</summary>
    Warning,
}

/// <summary>One problem found in an input (incident file, layout, theme), pointing at its source position.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">Path as the user gave it (or relative to the current folder).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Path">The YAML path of the value (<c>action_items[2].due</c>), when there is one.</param>
/// <param name="Hint">What to do: valid choices, the nearest key, the expected shape.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Path = null,
    string? Hint = null)
{
    // Message, path and hint may quote the input file: each is escaped here (DiagnosticText), whoever built the
    // diagnostic, so no output can carry a terminal control sequence from a YAML file. Line feeds and tabs stay.

    /// <summary>What is wrong, in plain words (control characters shown escaped).</summary>
    public string Message { get; init => field = DiagnosticText.Escape(value); } = DiagnosticText.Escape(Message);

    /// <summary>The YAML path of the value, when there is one (control characters shown escaped).</summary>
    public string? Path { get; init => field = value is null ? null : DiagnosticText.Escape(value, keepLayout: false); } =
        Path is null ? null : DiagnosticText.Escape(Path, keepLayout: false);

    /// <summary>What to do (control characters shown escaped).</summary>
    public string? Hint { get; init => field = value is null ? null : DiagnosticText.Escape(value); } =
        Hint is null ? null : DiagnosticText.Escape(Hint);

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The first line as compilers print it: <c>file:line:col: error: message (path)</c>.</summary>
    public string Headline
    {
        get
        {
            // The file keeps its real name (callers open it); only its display is escaped.
            var file = DiagnosticText.Escape(File, keepLayout: false);
            var where = Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{Line}:{Math.Max(Column, 1)}") : file;
            var sev = IsError ? "error" : "warning";
            var path = string.IsNullOrEmpty(Path) ? "" : $" ({Path})";
            return $"{where}: {sev}: {Message}{path}";
        }
    }

    /// <summary>The headline, followed by an indented <c>hint:</c> line when there is a hint.</summary>
    public override string ToString() => Hint is null ? Headline : $"{Headline}{Environment.NewLine}  hint: {Hint}";
}
