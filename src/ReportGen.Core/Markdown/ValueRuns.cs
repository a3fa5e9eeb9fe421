using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>While inlines are mapped, collects which stretches of their plain text show incident values, from where
/// each piece of text stands in the layout's Markdown and the render's side table (<see cref="MarkdownSources"/>): the
/// <see cref="ValueMark"/>s of a paragraph, heading or cell, or the block value the paragraph is part of whole. One per
/// document; <see cref="Reset"/> before each run of inlines.</summary>
internal sealed class ValueRuns(MarkdownSources sources, LineMap lines, string? parsed)
{
    private readonly List<(int Start, int End, int Entry)> _runs = [];
    private int _plain;

    /// <summary>When true, the runs are the enum labels written (a badge's <c>severity_label</c>), each known as its key
    /// (<c>severity</c>); else the incident values written whole.</summary>
    public bool Labels { get; set; }

    /// <summary>When true, the runs are what each write shows of the key it read last (a sign-off date that
    /// <c>format.date</c> printed from <c>signoff.approvals[0].date</c>), each known as that key; else the incident
    /// values written whole. Only for a place that shows one key as it is written (a date is not a text value, so it
    /// has no identity to be known by).</summary>
    public bool Reads { get; set; }

    /// <summary>Starts a new run of inlines (plain-text offsets count from 0 again).</summary>
    public void Reset()
    {
        _plain = 0;
        _runs.Clear();
    }

    /// <summary>The text of a literal: one-to-one from where its text stands inside its source span (Markdig keeps the
    /// span of a table cell's literal untrimmed, and an escape is two characters for one).</summary>
    public void Literal(Markdig.Syntax.Inlines.LiteralInline literal, string content)
    {
        var length = content.Length;
        var lead = 0;
        if (literal.Span.Length != length)
        {
            var source = Source(literal);
            var at = source.IsEmpty ? -1 : source.IndexOf(content.AsSpan(), StringComparison.Ordinal);
            if (at < 0) { Inline(literal, length); return; }
            lead = at;
        }
        Text(literal.Line, literal.Column + lead, length);
    }

    /// <summary><paramref name="length"/> characters of plain text that all come from <paramref name="inline"/> (code,
    /// an entity, a line break): from its first character that is not a space (a table cell's inline keeps the
    /// spaces around it in its span).</summary>
    public void Inline(Markdig.Syntax.Inlines.Inline inline, int length)
    {
        var lead = 0;
        var source = Source(inline);
        while (lead < source.Length - 1 && source[lead] is ' ' or '\t') lead++;
        Text(inline.Line, inline.Column + lead, length, oneToOne: false);
    }

    /// <summary>The parsed Markdown an inline's span covers, when it lies on one line of it.</summary>
    private ReadOnlySpan<char> Source(Markdig.Syntax.Inlines.Inline inline)
    {
        var span = inline.Span;
        if (parsed is null || span.Start < 0 || span.Length <= 0 || span.End >= parsed.Length) return default;
        var text = parsed.AsSpan(span.Start, span.Length);
        return text.Contains('\n') ? default : text;
    }

    /// <summary><paramref name="length"/> characters of plain text, the k-th from (0-based) <paramref name="column"/> +
    /// k of (0-based) line <paramref name="parsedLine"/> of the parsed Markdown; with <paramref name="oneToOne"/> false
    /// (an escape, an entity, a line break), all of them from the one character there.</summary>
    public void Text(int parsedLine, int column, int length, bool oneToOne = true)
    {
        if (length <= 0) return;
        var offset = sources.OffsetOf(lines.Original(parsedLine), column);
        var span = oneToOne ? length : 1;
        for (var k = offset < 0 ? sources.Count : Math.Max(sources.IndexAt(offset), 0); k < sources.Count && sources.Entry(k).Start < offset + span; k++)
        {
            if (!Counts(sources.Entry(k))) continue;
            var from = Math.Max(offset, sources.Entry(k).Start);
            var to = Math.Min(offset + span, sources.EndOf(k));
            if (to <= from) continue;
            Add(_plain + (from - offset), oneToOne ? _plain + (to - offset) : _plain + length, k);
        }
        _plain += length;
    }

    /// <summary>Plain text that stands nowhere in the Markdown (a link target printed after its text).</summary>
    public void Skip(int length) => _plain += Math.Max(length, 0);

    private void Add(int start, int end, int entry)
    {
        // One write is one value: its pieces (split by emphasis or a link inside it) make one mark. So is one date
        // shown by two writes a space apart (its day and its time: 2026-03-15 00:30).
        if (_runs.Count > 0 && (_runs[^1].Entry == entry || (start - _runs[^1].End <= 1 && SameShownDate(_runs[^1].Entry, entry))))
            _runs[^1] = (_runs[^1].Start, end, entry);
        else _runs.Add((start, end, entry));
    }

    /// <summary>The values shown in the first <paramref name="length"/> characters mapped since <see cref="Reset"/>: the
    /// block value (<c>md.block</c>, a <c>md.list</c> item) when one covers them all, else the marks.</summary>
    public (IReadOnlyList<ValueMark> Marks, string? BlockValue) Take(int length)
    {
        if (_runs.Count == 0) return ([], null);
        if (_runs is [var only] && only.Start == 0 && only.End >= length && sources.Entry(only.Entry).IsBlock)
            return ([], PathOf(sources.Entry(only.Entry)));
        List<ValueMark>? marks = null;
        foreach (var (start, end, entry) in _runs)
            if (start < length && Math.Min(end, length) > start && PathOf(sources.Entry(entry)) is { } path)
                (marks ??= new List<ValueMark>(_runs.Count)).Add(new ValueMark(path, start, Math.Min(end, length)));
        return (marks is null ? [] : marks, null);
    }

    /// <summary>What a figure's caption and alt text show, just after its alt text (<paramref name="altLength"/>
    /// characters) was mapped: the caption is the title <c>md.title</c> wrote, which ends with the closing quote just
    /// before the image's <c>)</c>, else the alt text's value; the alt text belongs to the key the layout read (alt, also
    /// when the file leaves it to the title), which the .docx marks the picture with.</summary>
    public (string? Caption, string? AltText) FigureValues(Markdig.Syntax.Inlines.LinkInline image, int altLength)
    {
        var alt = _runs is [var only] && only.Start == 0 && only.End >= altLength && altLength > 0 ? sources.Entry(only.Entry) : (OutputSources.Entry?)null;
        var caption = string.IsNullOrEmpty(image.Title)
            ? alt is { } whole ? sources.PathOf(whole) : null
            : InlineValueAt(image.Line, image.Column + image.Span.Length - 2);
        var altText = alt is { } read ? sources.ReadPathOf(read) : null;
        // One value shown twice (an alt the file writes as the title's text): the picture has it.
        return (caption == altText ? null : caption, altText);
    }

    /// <summary>The value written whole, inside a line, by the write covering (0-based) <paramref name="column"/> of
    /// line <paramref name="parsedLine"/>; null when none.</summary>
    private string? InlineValueAt(int parsedLine, int column)
    {
        var offset = sources.OffsetOf(lines.Original(parsedLine), column);
        var k = offset < 0 ? -1 : sources.IndexAt(offset);
        return k >= 0 && sources.Entry(k) is { ValueId: >= 0, IsBlock: false } entry ? sources.PathOf(entry) : null;
    }

    /// <summary>The value written whole, as blocks, by one write that starts at (0-based) <paramref name="column"/> of
    /// line <paramref name="firstLine"/> and ends before line <paramref name="endLine"/> of the parsed Markdown (a code
    /// block md.code wrote, fences included); null when none.</summary>
    public string? BlockValueOver(int firstLine, int column, int endLine)
    {
        var offset = sources.OffsetOf(lines.Original(firstLine), column);
        var k = offset < 0 ? -1 : sources.IndexAt(offset);
        if (k < 0 || sources.Entry(k) is not { ValueId: >= 0, IsBlock: true } entry || entry.Start != offset) return null;
        var end = sources.OffsetOf(lines.Original(endLine), 0);
        return end < 0 || sources.EndOf(k) <= end ? sources.PathOf(entry) : null;
    }

    /// <summary>The YAML path of what a write shows: the value (a date or time: the key it shows, see
    /// <see cref="MarkdownSources.ShownDatePathOf"/>), or (with <see cref="Labels"/>) the enum key.</summary>
    public string? PathOf(OutputSources.Entry entry) =>
        Labels ? MarkdownSources.LabelPathOf(entry) : Reads ? MarkdownSources.ReadKeyPathOf(entry)
        : entry.ValueId >= 0 ? sources.PathOf(entry) : MarkdownSources.ShownDatePathOf(entry);

    private bool Counts(OutputSources.Entry entry) =>
        Labels ? MarkdownSources.LabelPathOf(entry, spell: false) is not null : Reads ? MarkdownSources.ReadKeyPathOf(entry) is not null
        : entry.ValueId >= 0 || MarkdownSources.ShownDate(entry) is not null;

    private bool SameShownDate(int a, int b) =>
        !Labels && !Reads && MarkdownSources.ShownDate(sources.Entry(a)) is { } date && ReferenceEquals(date, MarkdownSources.ShownDate(sources.Entry(b)));
}
