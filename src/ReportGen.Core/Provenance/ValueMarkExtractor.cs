using ReportGen.Document;

namespace ReportGen.Core.Provenance;

/// <summary>What the markers of one paragraph, heading or cell said: the inlines without them, the values they mark,
/// the values opened here and left open (a block value continues in the next blocks) and how many values opened
/// earlier close here.</summary>
internal sealed record ExtractedMarks(IReadOnlyList<Inline> Inlines, IReadOnlyList<ValueMark> Marks, IReadOnlyList<string> Opened, int Closed)
{
    /// <summary>True when the markers were all the text there was (the paragraph only carried them).</summary>
    public bool OnlyMarkers { get; init; }
}

/// <summary>Takes the <see cref="ValueMarkers"/> out of mapped inlines and turns them into <see cref="ValueMark"/>s over
/// character offsets of the plain text (a marker inside bold or a link marks that whole inline).</summary>
internal sealed class ValueMarkExtractor(ValuePaths paths)
{
    /// <summary>The marks in <paramref name="inlines"/>; the same list back when there are none.</summary>
    public ExtractedMarks Extract(IReadOnlyList<Inline> inlines)
    {
        if (!inlines.Any(HasMarker)) return new ExtractedMarks(inlines, [], [], 0);
        var result = new List<Inline>(inlines.Count);
        var open = new Stack<(int Id, int Start)>();
        var marks = new List<ValueMark>();
        var closed = 0;
        var offset = 0;
        void OnEnd(int end)
        {
            if (open.Count == 0) { closed++; return; }
            var (id, start) = open.Pop();
            if (paths.PathOf(id) is { } path && end > start) marks.Add(new ValueMark(path, start, end));
        }
        foreach (var inline in inlines)
        {
            if (inline is TextInline text)
            {
                var clean = new System.Text.StringBuilder(text.Text.Length);
                for (var i = 0; i < text.Text.Length;)
                {
                    var c = text.Text[i];
                    if (ValueMarkers.IsEnd(c)) { OnEnd(offset + clean.Length); i++; }
                    else if (ValueMarkers.IsBegin(c))
                    {
                        var (id, next) = ValueMarkers.ReadOpen(text.Text, i);
                        if (id >= 0) open.Push((id, offset + clean.Length));
                        i = next;
                    }
                    else { clean.Append(c); i++; }
                }
                if (clean.Length > 0) Append(result, new TextInline(clean.ToString()));
                offset += clean.Length;
            }
            else if (HasMarker(inline))
            {
                // A marker inside bold or a link marks that whole inline.
                var events = new List<(bool Begin, int Id)>();
                var stripped = Strip(inline, events);
                var length = Inlines.PlainText([stripped]).Length;
                foreach (var (begin, id) in events)
                    if (begin) open.Push((id, offset)); else OnEnd(offset + length);
                result.Add(stripped);
                offset += length;
            }
            else
            {
                Append(result, inline);
                offset += Inlines.PlainText([inline]).Length;
            }
        }
        var opened = open.Reverse().Select(o => paths.PathOf(o.Id)).OfType<string>().ToList();
        var onlyMarkers = result.All(i => i is TextInline t && string.IsNullOrWhiteSpace(t.Text));
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new ExtractedMarks(result, marks, opened, closed) { OnlyMarkers = onlyMarkers };
    }

    /// <summary>Adds an inline, joining text to a text before it (the Markdown had them as one run).</summary>
    private static void Append(List<Inline> into, Inline inline)
    {
        if (inline is TextInline t && into.Count > 0 && into[^1] is TextInline before)
            into[^1] = new TextInline(before.Text + t.Text);
        else
            into.Add(inline);
    }

    private static Inline Strip(Inline inline, List<(bool Begin, int Id)> events) => inline switch
    {
        TextInline t => new TextInline(Events(t.Text, events)),
        StrongInline s => new StrongInline(s.Children.Select(c => Strip(c, events)).ToList()),
        EmphasisInline e => new EmphasisInline(e.Children.Select(c => Strip(c, events)).ToList()),
        LinkInline l => new LinkInline(ValueMarkers.Strip(l.Url), l.Children.Select(c => Strip(c, events)).ToList()),
        CodeInline c => new CodeInline(ValueMarkers.Strip(c.Code)),
        _ => inline,
    };

    private static string Events(string text, List<(bool Begin, int Id)> events)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ValueMarkers.IsEnd(text[i])) events.Add((false, -1));
            else if (ValueMarkers.IsBegin(text[i])) events.Add((true, ValueMarkers.ReadOpen(text, i).Id));
        }
        return ValueMarkers.Strip(text);
    }

    private static bool HasMarker(Inline inline) => inline switch
    {
        TextInline t => t.Text.AsSpan().IndexOfAnyInRange(ValueMarkers.Begin, ValueMarkers.BlockEnd) >= 0,
        StrongInline s => s.Children.Any(HasMarker),
        EmphasisInline e => e.Children.Any(HasMarker),
        LinkInline l => l.Children.Any(HasMarker) || l.Url.AsSpan().IndexOfAnyInRange(ValueMarkers.Begin, ValueMarkers.BlockEnd) >= 0,
        CodeInline c => c.Code.AsSpan().IndexOfAnyInRange(ValueMarkers.Begin, ValueMarkers.BlockEnd) >= 0,
        _ => false,
    };
}
