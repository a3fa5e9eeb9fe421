using ReportGen.Document.Diagnostics;

namespace ReportGen.Core.Loading;

/// <summary>Recognises the usual slips behind a YAML parse error from the source lines around it, so the hint can
/// say what to change: an unquoted value holding ': ', a key indented off by a space or two.</summary>
internal static class YamlSlips
{
    /// <summary>The error is at a ': ' after the line's own "key: ": the value must be quoted. Returns the message and
    /// a hint with the line rewritten, or null.</summary>
    public static (string Message, string Hint)? ColonInValue(string line, int column)
    {
        var at = column - 1;
        if (at <= 0 || at >= line.Length || line[at] != ':') return null;
        var indent = line.Length - line.TrimStart(' ').Length;
        var start = indent;
        var dash = line.AsSpan(start).StartsWith("- ");
        if (dash) start += 2;
        var separator = line.IndexOf(": ", start, StringComparison.Ordinal);
        if (separator < 0 || separator >= at) return null;
        var key = line[start..separator].Trim();
        if (key.Length == 0 || key[0] is '"' or '\'' or '{' or '[' or '#') return null;
        var value = line[(separator + 2)..].Trim();
        var comment = "";
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0) (value, comment) = (value[..hash].TrimEnd(), " " + value[(hash + 1)..]);
        var rewritten = (dash ? "- " : "") + key + ": " + QuotedForm(value) + comment;
        return ($"the value of {DiagnosticText.Quote(key)} contains ': ', which YAML reads as the start of a new key",
            "text containing ': ' must be quoted: " + rewritten);
    }

    /// <summary>The text in quotes YAML reads back unchanged: double quotes, else single quotes when the text holds
    /// double quotes or backslashes, else double quotes with escapes.</summary>
    public static string QuotedForm(string text)
    {
        if (!text.Contains('"') && !text.Contains('\\')) return $"\"{text}\"";
        if (!text.Contains('\'')) return $"'{text}'";
        return "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private enum LineKind { Key, Item, Other }

    /// <summary>"'x' is indented N spaces; its siblings use M ('y', line K)" when the error line's indentation
    /// matches no mapping or list open above it; null when it does (then the slip is something else).</summary>
    public static string? Indentation(IReadOnlyList<string> lines, int line)
    {
        if (line < 1 || line > lines.Count) return null;
        var (kind, indent, name) = Read(lines[line - 1]);
        if (kind == LineKind.Other) return null;
        // The indentation levels still open above the line, nearest first: a line less indented than every line
        // below it (up to the error line) opens a level. An item "- key: v" opens an item level and a key level.
        var levels = new List<(int Indent, LineKind Kind, string Name, int Line)>();
        var floor = int.MaxValue;
        for (var i = line - 2; i >= 0 && floor > 0; i--)
        {
            var (k, n, what) = Read(lines[i]);
            if (k == LineKind.Other || n > floor) continue; // deeper content
            if (n == floor && levels.Exists(l => l.Indent == n && l.Kind == k)) continue; // a sibling further up
            if (levels.Count == 0 && ContinuesValue(lines[i], k, n, indent) is { } continued) return continued;
            floor = n;
            levels.Add((n, k, what, i + 1));
            if (k == LineKind.Item && ItemKey(lines[i], n) is { } inner) levels.Add(inner with { Line = i + 1 });
        }
        // A key lines up with keys; a list item with items, or with the key that holds the list.
        var candidates = levels.Where(l => kind == LineKind.Item || l.Kind == LineKind.Key).ToList();
        if (candidates.Count == 0 || candidates.Any(l => l.Indent == indent)) return null;
        var best = candidates.OrderBy(l => Math.Abs(l.Indent - indent)).ThenByDescending(l => l.Indent).First();
        return $"{DiagnosticText.Quote(name)} is indented {indent} space{(indent == 1 ? "" : "s")}; " +
               $"its siblings use {best.Indent} ({DiagnosticText.Quote(best.Name)}, line {best.Line})";
    }

    /// <summary>A line indented deeper than a "key: value" (or "- value") right above it is read as more of that
    /// value, where ': ' is not allowed. One space deeper is taken for a slip of indentation (checked by the caller);
    /// two or more for a continuation line.</summary>
    private static string? ContinuesValue(string above, LineKind kind, int aboveIndent, int indent)
    {
        if (indent < aboveIndent + 2) return null;
        var content = above.TrimStart(' ');
        var valueStart = kind == LineKind.Key ? KeyEnd(content) + 1 : 1;
        if (valueStart <= 0) return null;
        var value = content[valueStart..].Trim();
        if (value.Length == 0 || value[0] is '#' or '|' or '>' or '&' or '[' or '{') return null;
        var name = kind == LineKind.Key ? content[..(valueStart - 1)].Trim() : Short(content);
        return $"this line is indented deeper than {DiagnosticText.Quote(name)} above it, so YAML reads it as more of that value, " +
               $"where ': ' is not allowed: line it up with {DiagnosticText.Quote(name)} ({aboveIndent} spaces) if it is a key of its own, " +
               "or quote the whole value";
    }

    /// <summary>What a line is (a key, a list item, or blank/comment/other), its indentation and a short name.</summary>
    private static (LineKind Kind, int Indent, string Name) Read(string line)
    {
        var content = line.TrimStart(' ');
        var indent = line.Length - content.Length;
        content = content.TrimEnd();
        if (content.Length == 0 || content[0] == '#') return (LineKind.Other, indent, "");
        if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
            return (LineKind.Item, indent, Short(content));
        var colon = KeyEnd(content);
        return colon > 0 ? (LineKind.Key, indent, content[..colon].Trim()) : (LineKind.Other, indent, "");
    }

    /// <summary>The key level an item like "- at: 09:12" opens (at the column of 'at').</summary>
    private static (int Indent, LineKind Kind, string Name, int Line)? ItemKey(string line, int dashIndent)
    {
        var rest = line[(dashIndent + 1)..];
        var content = rest.TrimStart(' ');
        var colon = KeyEnd(content);
        if (colon <= 0) return null;
        return (dashIndent + 1 + rest.Length - content.Length, LineKind.Key, content[..colon].Trim(), 0);
    }

    /// <summary>Index of the ':' that ends a plain key (followed by a space or the end of the line), or -1.</summary>
    private static int KeyEnd(string content)
    {
        if (content.Length == 0 || content[0] is '"' or '\'' or '[' or '{' or '|' or '>') return -1;
        var colon = content.IndexOf(':');
        while (colon >= 0 && colon + 1 < content.Length && content[colon + 1] != ' ')
            colon = content.IndexOf(':', colon + 1);
        return colon;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
