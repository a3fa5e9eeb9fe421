using YamlDotNet.Core;

namespace ReportGen.Core.Loading;

/// <summary>Where the text of a multi-line scalar stands in the file, line by line, so a problem found inside a value
/// (a link in the third line of an (md) field) points at that line and column, not at the key the value starts on.
/// Built for block scalars (<c>|</c> and <c>&gt;</c>: the content lines after the indicator, less the block's
/// indentation) and plain scalars (each line less its leading blanks); each source line's text stands verbatim in the
/// value, in order, whatever folding put between them. Quoted scalars, whose escapes change the text, have none.</summary>
internal sealed class ScalarSourceMap
{
    private readonly List<Anchor> _anchors;

    /// <param name="Offset">Where the line's text starts in the value.</param>
    /// <param name="Line">1-based line in the file.</param>
    /// <param name="Column">1-based column of the line's text in the file.</param>
    /// <param name="Length">Length of the line's text.</param>
    private readonly record struct Anchor(int Offset, int Line, int Column, int Length);

    private ScalarSourceMap(List<Anchor> anchors) => _anchors = anchors;

    /// <summary>The map of <paramref name="scalar"/> read from <paramref name="source"/> (the text the parser read), or
    /// null when the scalar is quoted, empty or on one line of a style that needs none.</summary>
    public static ScalarSourceMap? For(string source, YamlDotNet.Core.Events.Scalar scalar, string value)
    {
        var start = (int)Math.Clamp(scalar.Start.Index, 0, source.Length);
        var end = (int)Math.Clamp(scalar.End.Index, start, source.Length);
        var line = (int)Math.Max(1, scalar.Start.Line);
        var anchors = new List<Anchor>();
        var cursor = 0; // in the value: where the previous line's text ended
        var sourceSince = start; // in the file: where the previous anchored line ended
        void Add(ReadOnlySpan<char> text, int lineNumber, int column, int sourceEnd)
        {
            // The value between two lines' texts is never longer than the file between them (folding only removes).
            var window = Math.Min(value.Length - cursor, text.Length + (sourceEnd - sourceSince) + 1);
            var found = window <= 0 ? -1 : value.AsSpan(cursor, window).IndexOf(text, StringComparison.Ordinal);
            if (found < 0) return;
            anchors.Add(new Anchor(cursor + found, lineNumber, column, text.Length));
            cursor += found + text.Length;
            sourceSince = sourceEnd;
        }
        switch (scalar.Style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded:
            {
                var pos = source.IndexOf('\n', start);
                var indent = -1;
                for (pos = pos < 0 ? end : pos + 1, line++; pos < end; line++)
                {
                    var eol = source.IndexOf('\n', pos);
                    if (eol < 0 || eol > end) eol = end;
                    var text = source.AsSpan(pos, eol - pos).TrimEnd('\r');
                    var lead = text.Length - text.TrimStart(' ').Length;
                    if (lead < text.Length)
                    {
                        if (indent < 0) indent = lead;
                        else if (lead < indent) break; // less indented: the block has ended
                        Add(text[indent..], line, indent + 1, eol);
                    }
                    pos = eol + 1;
                }
                break;
            }
            case ScalarStyle.Plain:
            {
                var column = (int)Math.Max(1, scalar.Start.Column);
                for (var pos = start; pos < end; line++)
                {
                    var eol = source.IndexOf('\n', pos);
                    if (eol < 0 || eol > end) eol = end;
                    var raw = source.AsSpan(pos, eol - pos);
                    var text = raw.Trim();
                    if (text.Length > 0)
                        Add(text, line, (pos == start ? column : 1) + (raw.Length - raw.TrimStart().Length), eol);
                    pos = eol + 1;
                }
                break;
            }
            default:
                return null;
        }
        return anchors.Count == 0 ? null : new ScalarSourceMap(anchors);
    }

    /// <summary>The 1-based line and column of the character at <paramref name="offset"/> of the value (a character that
    /// folding made, between two lines, counts as the end of the line before it).</summary>
    public (int Line, int Column) At(int offset)
    {
        int lo = 0, hi = _anchors.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_anchors[mid].Offset <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        var a = _anchors[found];
        return (a.Line, a.Column + Math.Clamp(offset - a.Offset, 0, a.Length));
    }
}
