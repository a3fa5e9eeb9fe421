using ReportGen.Document;

namespace ReportGen.Import.Docx;

/// <summary>Flattening Document inlines to <see cref="FlatRun"/>s, and joining neighbours of the same format.</summary>
internal static class FlatRuns
{
    /// <summary>The inlines as runs, neighbours of one format joined.</summary>
    public static List<FlatRun> Of(IEnumerable<Inline> inlines)
    {
        var runs = new List<FlatRun>();
        Append(runs, inlines, new FlatRun(""));
        return runs;
    }

    private static void Append(List<FlatRun> runs, IEnumerable<Inline> inlines, FlatRun format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: Add(runs, format with { Text = t.Text }); break;
                case CodeInline c: Add(runs, format with { Text = c.Code, Code = true }); break;
                case StrongInline s: Append(runs, s.Children, format with { Bold = true }); break;
                case EmphasisInline e: Append(runs, e.Children, format with { Italic = true }); break;
                case LinkInline l: Append(runs, l.Children, format with { Link = format.Link ?? l.Url }); break;
                case LineBreakInline: Add(runs, format with { Text = "\n" }); break;
            }
        }
    }

    /// <summary>Adds a run, joining it to the last one when they share a format; empty runs are dropped.</summary>
    public static void Add(List<FlatRun> runs, FlatRun run)
    {
        if (run.Text.Length == 0) return;
        if (runs.Count > 0 && runs[^1].SameFormat(run)) runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
        else runs.Add(run);
    }

    /// <summary>The runs covering plain-text characters <paramref name="start"/> to <paramref name="end"/> (a line break
    /// counts as one character, as in <see cref="Inlines.PlainText"/>).</summary>
    public static List<FlatRun> Slice(IReadOnlyList<FlatRun> runs, int start, int end)
    {
        var result = new List<FlatRun>();
        var offset = 0;
        foreach (var run in runs)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(end, offset + run.Text.Length);
            if (to > from) Add(result, run with { Text = run.Text[(from - offset)..(to - offset)] });
            offset += run.Text.Length;
        }
        return result;
    }
}
