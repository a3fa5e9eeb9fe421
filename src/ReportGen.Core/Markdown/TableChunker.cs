using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Core.Markdown;

/// <summary>Keeps Markdig linear on long tables. Markdig parses a whole pipe table as one run of inlines, and every
/// emphasis or link mark in a run stays open until its end, each later inline walking down through all of them: a
/// 2,000-row action table with bold ids took seconds, and at about 10,000 marks Markdig gives up ("too deeply
/// nested"). <see cref="Split"/> cuts a table whose rows hold many such marks into tables of a few hundred marks
/// each (repeating the header); <see cref="Merge"/> joins them again after parsing, so the document sees one table.
/// Lines are mapped back, so diagnostics name the lines of the Markdown the layout wrote.</summary>
internal static class TableChunker
{
    /// <summary>Emphasis and link marks (<c>*</c>, <c>_</c>, <c>[</c>) one piece may hold before the next row
    /// starts a new piece.</summary>
    internal const int MarksPerPiece = 256;

    /// <summary>Rows one piece may hold, whatever their marks.</summary>
    internal const int RowsPerPiece = 512;

    /// <summary>The Markdown with long tables cut into pieces, and where the pieces after the first start. The text is
    /// copied only from the first cut on; without one, the Markdown itself comes back.</summary>
    public static (string Markdown, LineMap Lines) Split(string markdown)
    {
        if (!NeedsSplit(markdown)) return (markdown, LineMap.Identity);
        StringBuilder? sb = null;
        var map = new LineMap();
        var fence = new FenceTracker();
        var lines = new LineReader(markdown);
        var outputLine = 0;
        while (lines.Next(out var line))
        {
            if (fence.InsideAfter(line) || !IsRow(line) || !lines.Peek(out var next) || !IsDelimiterRow(next))
            {
                sb?.Append(line).Append('\n');
                outputLine++;
                continue;
            }
            // A table: header, delimiter row, then rows while lines start with a pipe.
            var header = line.ToString();
            lines.Next(out _);
            var delimiter = next.ToString();
            sb?.Append(header).Append('\n').Append(delimiter).Append('\n');
            outputLine += 2;
            int marks = 0, rows = 0;
            while (lines.Peek(out var row) && IsRow(row))
            {
                var rowMarks = Marks(row);
                if (rows > 0 && (marks + rowMarks > MarksPerPiece || rows >= RowsPerPiece))
                {
                    sb ??= new StringBuilder(markdown, 0, lines.Offset, markdown.Length + 4096);
                    map.Inserted(outputLine, 3, lines.LineNumber);
                    sb.Append('\n').Append(header).Append('\n').Append(delimiter).Append('\n');
                    map.Continuation(outputLine + 1);
                    outputLine += 3;
                    marks = 0;
                    rows = 0;
                }
                lines.Next(out _);
                sb?.Append(row).Append('\n');
                outputLine++;
                marks += rowMarks;
                rows++;
            }
        }
        if (sb is null) return (markdown, LineMap.Identity);
        sb.Length--; // the newline after the last line
        return (sb.ToString(), map);
    }

    /// <summary>Joins the pieces <see cref="Split"/> made back into one table each, anywhere in the document.</summary>
    public static void Merge(ContainerBlock container, LineMap lines)
    {
        if (!lines.HasContinuations) return;
        var merge = false;
        foreach (var child in container)
        {
            if (child is Table t && lines.IsContinuation(t.Line)) merge = true;
            else if (child is ContainerBlock inner and not Table) Merge(inner, lines);
        }
        if (!merge) return;
        var children = container.ToList();
        container.Clear();
        foreach (var child in children)
        {
            if (child is Table piece && lines.IsContinuation(piece.Line) && container.LastChild is Table whole)
            {
                var rows = piece.Skip(1).ToList(); // the repeated header stays behind
                piece.Clear();
                foreach (var row in rows) whole.Add(row);
                whole.UpdateSpanEnd(piece.Span.End);
                continue;
            }
            container.Add(child);
        }
    }

    /// <summary>Cheap test first: a document with few marks in total has no table worth cutting (rows without marks
    /// cost Markdig little however many there are).</summary>
    private static bool NeedsSplit(string markdown) => markdown.AsSpan().Count('*') + markdown.AsSpan().Count('_') + markdown.AsSpan().Count('[') > MarksPerPiece;

    private static bool IsRow(ReadOnlySpan<char> line)
    {
        var s = line.TrimStart(' ');
        return s.Length > 0 && s[0] == '|' && line.Length - s.Length < 4;
    }

    /// <summary><c>|:--|---:|</c>: pipes, dashes, colons and spaces only, with at least one pipe and one dash.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        return s.Length > 1 && s.Contains('|') && s.Contains('-') && !s.ContainsAnyExcept("|-: \t");
    }

    private static int Marks(ReadOnlySpan<char> line)
    {
        var n = 0;
        foreach (var c in line)
            if (c is '*' or '_' or '[') n++;
        return n;
    }

    /// <summary>The lines of a text without copying them: <see cref="Offset"/> is where the next line starts.</summary>
    private ref struct LineReader(string text)
    {
        private readonly string _text = text;

        /// <summary>Index in the text of the next line's first character.</summary>
        public int Offset { get; private set; }

        /// <summary>0-based number of the next line.</summary>
        public int LineNumber { get; private set; }

        public readonly bool Peek(out ReadOnlySpan<char> line)
        {
            line = default;
            if (Offset > _text.Length) return false;
            var end = _text.IndexOf('\n', Offset);
            line = end < 0 ? _text.AsSpan(Offset) : _text.AsSpan(Offset, end - Offset);
            return true;
        }

        public bool Next(out ReadOnlySpan<char> line)
        {
            if (!Peek(out line)) return false;
            Offset += line.Length + 1;
            LineNumber++;
            return true;
        }
    }
}
