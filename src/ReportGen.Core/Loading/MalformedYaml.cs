using ReportGen.Document.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Core.Loading;

/// <summary>Turns a YamlDotNet parse failure into one plain diagnostic at the right place, with the hint that solves
/// the usual causes: a tab in the indentation, an unquoted value holding ': ', a key indented a space off, an
/// unclosed quote, a file whose lines end in Unicode separators.</summary>
internal static class MalformedYaml
{
    public static Diagnostic Describe(YamlException ex, string text, string file)
    {
        var line = (int)Math.Max(1, ex.Start.Line);
        var column = (int)Math.Max(1, ex.Start.Column);
        if (FindIndentTab(text) is { } tab)
            return new(DiagnosticSeverity.Error, file, tab.Line, tab.Column, "malformed YAML: tab character in indentation",
                null, "YAML indents with spaces only; replace the tab with spaces");
        var message = Clean(ex);
        var lines = TextPositions.Lines(text);
        var lineText = line <= lines.Count ? lines[line - 1] : "";
        if (lineText.AsSpan().IndexOfAny('\u2028', '\u2029', '\u0085') is var sep and >= 0)
            return new(DiagnosticSeverity.Error, file, line, column, "malformed YAML: " + message, null,
                $"line {line} holds {UnicodeLineBreaks.Describe(lineText[sep])}, which YAML 1.2 and editors do not read as a line break; " +
                "if it was meant as one, replace it with an ordinary line break");
        if (YamlSlips.ColonInValue(lineText, column) is { } colon)
            return new(DiagnosticSeverity.Error, file, line, column, colon.Message, null, colon.Hint);
        return new(DiagnosticSeverity.Error, file, line, column, "malformed YAML: " + message, null,
            QuoteHint(message) ?? YamlSlips.Indentation(lines, line) ?? GenericHint(message));
    }

    private static string? QuoteHint(string message) =>
        message.Contains("quote", StringComparison.OrdinalIgnoreCase) || message.Contains("end of stream", StringComparison.OrdinalIgnoreCase)
            ? "a quoted value may be missing its closing quote"
            : null;

    private static string GenericHint(string message) =>
        message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            ? "a value holding ': ' must be quoted, or the line is indented wrongly"
            : message.Contains("block", StringComparison.OrdinalIgnoreCase) || message.Contains("indent", StringComparison.OrdinalIgnoreCase)
                ? "check the indentation: keys of one mapping must line up, list items start with '- '"
                : "check the syntax on this line and the line above it";

    /// <summary>The message without YamlDotNet's "(Line: 1, Col: 2, Idx: 3) - (...): " prefix.</summary>
    private static string Clean(YamlException ex)
    {
        var inner = ex.InnerException is YamlException deeper ? deeper : ex;
        var message = inner.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
        message = message.Trim();
        if (message.Length > 0) message = char.ToLowerInvariant(message[0]) + message[1..];
        return message.TrimEnd('.');
    }

    /// <summary>The first tab inside a line's leading whitespace. YamlDotNet often reports such a tab at the start of the
    /// enclosing mapping, far above it, so the whole text is searched.</summary>
    private static (int Line, int Column)? FindIndentTab(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                atLineStart = true; column = 1;
                continue;
            }
            if (atLineStart && ch == '\t') return (line, column);
            if (ch != ' ') atLineStart = false;
            column++;
        }
        return null;
    }
}
