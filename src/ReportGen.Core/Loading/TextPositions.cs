using System.Text;

namespace ReportGen.Core.Loading;

/// <summary>Line and column numbers as editors show them, for every message that points into a file.
/// A line ends at LF, CRLF or a lone CR (VS Code, Sublime, Notepad++, JetBrains, and YAML 1.2 itself). U+2028,
/// U+2029 and U+0085 do not end a line: editors show them inside the line (VS Code flags them as "unusual line
/// terminators" but does not break there, vim neither) and YAML 1.2 treats them as ordinary characters; YamlDotNet
/// follows YAML 1.1 and breaks there, which <see cref="UnicodeLineBreaks"/> undoes. Columns count UTF-16 code units
/// from 1, what VS Code's "Go to Line/Column" and YamlDotNet both use (an emoji counts 2).</summary>
internal static class TextPositions
{
    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }

    /// <summary>The same for UTF-8 bytes that are valid up to <paramref name="index"/>.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            var b = utf8[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= utf8.Length || utf8[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, Encoding.UTF8.GetCharCount(utf8[lineStart..index]) + 1);
    }

    /// <summary>The lines of <paramref name="text"/> without their line ends, split as <see cref="Of(ReadOnlySpan{char}, int)"/>
    /// counts them. For building hints after an error, not on the fast path.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text[start..]);
        return lines;
    }
}
