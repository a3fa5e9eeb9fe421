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

    /// <summary>The Markdown with long tables cut into pieces, and where the pieces after the first start.</summary>
    public static (string Markdown, LineMap Lines) Split(string markdown)
    {
        if (!NeedsSplit(markdown)) return (markdown, LineMap.Identity);
        var lines = markdown.Split('\n');
        var sb = new StringBuilder(markdown.Length + 256);
        var map = new LineMap();
        var fence = new FenceTracker();
        var outputLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence.InsideAfter(line) || i + 1 >= lines.Length || !IsRow(line) || !IsDelimiterRow(lines[i + 1]))
            {
                Append(sb, line, ref outputLine);
                continue;
            }
            // A table: header at i, delimiter row at i + 1, rows while lines start with a pipe.
            var header = line;
            var delimiter = lines[i + 1];
            Append(sb, header, ref outputLine);
            Append(sb, delimiter, ref outputLine);
            int marks = 0, rows = 0;
            for (i += 2; i < lines.Length && IsRow(lines[i]); i++)
            {
                var rowMarks = Marks(lines[i]);
                if (rows > 0 && (marks + rowMarks > MarksPerPiece || rows >= RowsPerPiece))
                {
                    map.Inserted(outputLine, 3, i);
                    Append(sb, "", ref outputLine);
                    map.Continuation(outputLine);
                    Append(sb, header, ref outputLine);
                    Append(sb, delimiter, ref outputLine);
                    marks = 0;
                    rows = 0;
                }
                Append(sb, lines[i], ref outputLine);
                marks += rowMarks;
                rows++;
            }
            i--;
        }
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

    /// <summary>Cheap test first: a document with few marks in total has no table worth cutting.</summary>
    private static bool NeedsSplit(string markdown)
    {
        var marks = 0;
        foreach (var c in markdown)
            if (c is '*' or '_' or '[' && ++marks > MarksPerPiece) return true;
        return markdown.Length > 64 * 1024; // many rows without marks: still cut every RowsPerPiece rows
    }

    private static void Append(StringBuilder sb, string line, ref int outputLine)
    {
        sb.Append(line).Append('\n');
        outputLine++;
    }

    private static bool IsRow(string line)
    {
        var s = line.AsSpan().TrimStart(' ');
        return s.Length > 0 && s[0] == '|' && line.Length - s.Length < 4;
    }

    /// <summary><c>|:--|---:|</c>: pipes, dashes, colons and spaces only, with at least one pipe and one dash.</summary>
    private static bool IsDelimiterRow(string line)
    {
        var s = line.AsSpan().Trim();
        return s.Length > 1 && s.Contains('|') && s.Contains('-') && !s.ContainsAnyExcept("|-: \t");
    }

    private static int Marks(string line)
    {
        var n = 0;
        foreach (var c in line)
            if (c is '*' or '_' or '[') n++;
        return n;
    }
}
