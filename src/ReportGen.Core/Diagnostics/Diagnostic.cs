namespace ReportGen.Core.Diagnostics;

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
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The first line as compilers print it: <c>file:line:col: error: message (path)</c>.</summary>
    public string Headline
    {
        get
        {
            var where = Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{Line}:{Math.Max(Column, 1)}") : File;
            var sev = IsError ? "error" : "warning";
            var path = string.IsNullOrEmpty(Path) ? "" : $" ({Path})";
            return $"{where}: {sev}: {Message}{path}";
        }
    }

    /// <summary>The headline, followed by an indented <c>hint:</c> line when there is a hint.</summary>
    public override string ToString() => Hint is null ? Headline : $"{Headline}{Environment.NewLine}  hint: {Hint}";
}
