using ReportGen.Core.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Core.Loading;

/// <summary>Turns a YamlDotNet parse failure into one plain diagnostic at the right place, with a hint for the
/// usual causes (tabs, unclosed quotes, bad indentation).</summary>
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
        string? hint = null;
        if (message.Contains("quote", StringComparison.OrdinalIgnoreCase) || message.Contains("end of stream", StringComparison.OrdinalIgnoreCase))
            hint = "a quoted value may be missing its closing quote";
        else if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            hint = "a value holding ': ' must be quoted, or the line is indented wrongly";
        else if (message.Contains("block", StringComparison.OrdinalIgnoreCase) || message.Contains("indent", StringComparison.OrdinalIgnoreCase))
            hint = "check the indentation: keys of one mapping must line up, list items start with '- '";
        return new(DiagnosticSeverity.Error, file, line, column, "malformed YAML: " + message, null,
            hint ?? "check the syntax on this line and the line above it");
    }

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
        foreach (var ch in text)
        {
            if (ch == '\n')
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
