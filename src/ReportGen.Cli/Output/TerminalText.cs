using System.Globalization;
using System.Text;
using ReportGen.Document.Diagnostics;

namespace ReportGen.Cli.Output;

/// <summary>Makes text from files (incident values quoted in messages, file names) safe to print: control characters
/// are shown as escapes instead of being sent to the terminal, so an ESC or BEL in a YAML value can neither recolour,
/// move the cursor, retitle the window nor ring the bell, and a bidi override cannot reorder what the user reads.</summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with every control character escaped the way diagnostics quote user text
    /// (<c>\u001B</c>, <c>\u202E</c>, <c>\n</c>); returns the same instance when there is nothing to escape.</summary>
    public static string Escape(string text) => DiagnosticText.Escape(text, keepLayout: false);

    /// <summary>Text of several lines (ours) whose lines each hold user text: escaped, the line breaks and tabs kept.</summary>
    public static string EscapeLines(string text) => DiagnosticText.Escape(text, keepLayout: true);

    /// <summary>A diagnostic as compilers print it (<c>file:line:col: error: message (path)</c>, then an indented hint),
    /// with what came from the input escaped.</summary>
    public static string Diagnostic(Diagnostic d)
    {
        var safe = Escaped(d);
        return safe.Hint is null ? safe.Headline : $"{safe.Headline}\n  hint: {safe.Hint}";
    }

    /// <summary>The first line of <see cref="Diagnostic(Document.Diagnostics.Diagnostic)"/>.</summary>
    public static string Headline(Diagnostic d) => Escaped(d).Headline;

    private static Diagnostic Escaped(Diagnostic d) =>
        d with { File = Escape(d.File), Message = Escape(d.Message), Path = d.Path is null ? null : Escape(d.Path), Hint = d.Hint is null ? null : Escape(d.Hint) };

    /// <summary>JSON text made safe for a terminal without changing what it means: the writer already escapes C0
    /// controls inside strings, but lets C1 controls and bidi marks through raw; those can only occur inside string
    /// literals (the structure is ASCII), where <c>\uXXXX</c> stands for the same character.</summary>
    public static string Json(string json)
    {
        // Line breaks are the indented writer's own (inside strings it escapes them itself).
        static bool Raw(char c) => c is not ('\n' or '\r') && DiagnosticText.IsUnsafe(c);
        if (!json.Any(Raw))
            return json;
        var builder = new StringBuilder(json.Length + 16);
        foreach (var c in json)
            builder.Append(Raw(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        return builder.ToString();
    }
}
