using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>Writes inlines with the incident values they show wrapped in hidden bookmarks named after the value's YAML
/// path (<see cref="ValueMarkNames"/>), so <c>reportgen import</c> can read an edited document back. Bookmarks are the
/// mark that survives both a Word and a LibreOffice save; content controls were dropped by LibreOffice, and bookmarks
/// neither lock text nor show placeholders while typing.</summary>
internal static class ValueBookmarks
{
    /// <summary>Appends <paramref name="inlines"/> to <paramref name="paragraph"/>, bookmarking each of
    /// <paramref name="marks"/>; with no marks and a <paramref name="wholeValue"/> path, the whole paragraph is that value.</summary>
    public static void WriteMarked(this DocxContext context, OpenXmlCompositeElement paragraph, IReadOnlyList<Inline> inlines,
        IReadOnlyList<ValueMark> marks, RunFormat format = default, string? wholeValue = null)
    {
        if (marks.Count == 0 && wholeValue is not null && inlines.Count > 0)
            marks = [new ValueMark(wholeValue, 0, Document.Inlines.PlainText(inlines).Length)];
        if (marks.Count == 0)
        {
            context.Inlines.Write(paragraph, inlines, format);
            return;
        }
        var (pieces, starts) = SplitAt(inlines, marks);
        var at = 0;
        var covered = 0;
        foreach (var mark in marks)
        {
            if (mark.Start < covered) continue; // overlapping marks: the first one wins
            var from = Index(starts, mark.Start);
            var to = Index(starts, mark.End);
            if (to <= from) continue;
            context.Inlines.Write(paragraph, Slice(pieces, at, from), format);
            var (start, end) = context.NewValueMark(mark.YamlPath);
            paragraph.AppendChild(start);
            context.Inlines.Write(paragraph, Slice(pieces, from, to), format);
            paragraph.AppendChild(end);
            at = to;
            covered = mark.End;
        }
        context.Inlines.Write(paragraph, Slice(pieces, at, pieces.Count), format);
    }

    /// <summary>A new pair of bookmark ends marking (the next part of) the value at <paramref name="yamlPath"/>, for a
    /// writer that places them itself (around a picture, across the lines of a code block).</summary>
    public static (BookmarkStart Start, BookmarkEnd End) NewValueMark(this DocxContext context, string yamlPath)
    {
        var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = id, Name = ValueMarkNames.For(yamlPath, context.NextValuePart(yamlPath)) }, new BookmarkEnd { Id = id });
    }

    /// <summary>Appends <paramref name="text"/> as runs (see <see cref="InlineWriter.AppendRun"/>), marked whole as the
    /// value at <paramref name="wholeValue"/> when one is given.</summary>
    public static void WriteMarked(this DocxContext context, OpenXmlCompositeElement paragraph, string text, string? wholeValue, RunFormat format = default)
    {
        if (wholeValue is null || text.Length == 0) { context.Inlines.AppendRun(paragraph, text, format); return; }
        var (start, end) = context.NewValueMark(wholeValue);
        paragraph.AppendChild(start);
        context.Inlines.AppendRun(paragraph, text, format);
        paragraph.AppendChild(end);
    }

    /// <summary>The inlines with texts cut at every mark boundary, and the plain-text offset each piece starts at.</summary>
    private static (List<Inline> Pieces, List<int> Starts) SplitAt(IReadOnlyList<Inline> inlines, IReadOnlyList<ValueMark> marks)
    {
        var cuts = marks.SelectMany(m => new[] { m.Start, m.End }).Distinct().Order().ToList();
        var pieces = new List<Inline>(inlines.Count + cuts.Count);
        var starts = new List<int>(inlines.Count + cuts.Count);
        var offset = 0;
        foreach (var inline in inlines)
        {
            if (inline is TextInline text)
            {
                var from = 0;
                foreach (var cut in cuts.Where(c => c > offset && c < offset + text.Text.Length))
                {
                    pieces.Add(new TextInline(text.Text[from..(cut - offset)]));
                    starts.Add(offset + from);
                    from = cut - offset;
                }
                pieces.Add(from == 0 ? text : new TextInline(text.Text[from..]));
                starts.Add(offset + from);
                offset += text.Text.Length;
            }
            else
            {
                pieces.Add(inline);
                starts.Add(offset);
                offset += Document.Inlines.PlainText([inline]).Length;
            }
        }
        starts.Add(offset);
        return (pieces, starts);
    }

    /// <summary>The first piece starting at or after <paramref name="offset"/>.</summary>
    private static int Index(List<int> starts, int offset)
    {
        var i = 0;
        while (i < starts.Count - 1 && starts[i] < offset) i++;
        return i;
    }

    private static IEnumerable<Inline> Slice(IReadOnlyList<Inline> inlines, int from, int to)
    {
        for (var i = from; i < to; i++) yield return inlines[i];
    }
}
