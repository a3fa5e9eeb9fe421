using Scriban.Runtime;
using Scriban.Syntax;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Layouts;

/// <summary>Where each piece of a render's output came from, kept beside the output (a side table keyed by output
/// offset) so the Markdown itself never holds a marker. Text written by the layout is traced to its template file and
/// offset; a value is traced to the template expression that wrote it and, when the layout had just read it from a
/// <see cref="SourcedObject"/>, to its node in the incident file; a write that shows one text value of the incident
/// exactly (by identity, see <see cref="Provenance.ValuePaths"/>) also knows that value, which is how the .docx marks
/// values for <c>reportgen import</c>. One per render, used by its thread only; cost is one entry per write.</summary>
internal sealed class OutputSources
{
    /// <summary>One write: from <see cref="Start"/> (an offset in its output) up to the next entry's start. Kept small
    /// (one per write): the template position is read from <see cref="Node"/> only when a place is asked for.</summary>
    /// <param name="Start">Offset in the output written to.</param>
    /// <param name="Node">Layout text: its raw statement (copied verbatim, so the n-th character written is the n-th of
    /// its text). A value: the expression statement that wrote it (null when unknown).</param>
    /// <param name="Record">For a value read from the incident: the record's node; else null.</param>
    /// <param name="Member">The key read from <paramref name="Record"/>.</param>
    public readonly record struct Entry(int Start, ScriptNode? Node, YNode? Record, string? Member)
    {
        /// <summary><see cref="IsBlock"/> in bit 0, <see cref="ShowsDate"/> in bit 1, <see cref="ValueId"/> + 1 above them:
        /// one field, so an entry is 32 bytes, not 40 (a render makes one per write).</summary>
        private readonly int _shown;

        private const int BlockBit = 1, DateBit = 2, FlagBits = 2;

        /// <summary>The incident value this write shows whole (its <see cref="Provenance.ValuePaths"/> id), or -1: layout
        /// text, derived text, or a value the layout changed on the way.</summary>
        public int ValueId
        {
            get => (_shown >> FlagBits) - 1;
            init => _shown = ((value + 1) << FlagBits) | (_shown & (BlockBit | DateBit));
        }

        /// <summary>True when the write shows the key read just before as a date or time (<c>format.time e.at</c>).</summary>
        public bool ShowsDate
        {
            get => (_shown & DateBit) != 0;
            init => _shown = value ? _shown | DateBit : _shown & ~DateBit;
        }

        /// <summary>True when the value is written as blocks (<c>md.block</c>, a <c>md.list</c> item, <c>md.code</c>), so
        /// every paragraph it fills is part of it; false for a value inside a line of text.</summary>
        public bool IsBlock
        {
            get => (_shown & BlockBit) != 0;
            init => _shown = value ? _shown | BlockBit : _shown & ~BlockBit;
        }

        /// <summary>The same entry <paramref name="offset"/> characters further on.</summary>
        public Entry Shifted(int offset) => this with { Start = Start + offset };

        /// <summary>The incident node the value came from: the key's value, else the record itself.</summary>
        public YNode? Value => Record is YMapping map && Member is not null ? map.Get(Member) ?? Record : Record;
    }

    private readonly Dictionary<IScriptOutput, OutputEntries> _frames = new(ReferenceEqualityComparer.Instance);
    private readonly List<IScriptOutput> _created = [];
    private IScriptOutput? _lastOutput;
    private OutputEntries? _last;
    private YNode? _pendingRecord;
    private string? _pendingMember;
    private object? _dateText; // what a date helper returned for the key read last (see DateShown)
    private YNode? _dateRecord;
    private string? _dateMember;

    /// <summary>A key of a sourced record was read: the next value written comes from it.</summary>
    public void Read(YNode record, string member)
    {
        _pendingRecord = record;
        _pendingMember = member;
    }

    /// <summary>A date helper (<c>format.time</c>) made <paramref name="text"/> from the key read last: written next as it
    /// is, the text shows that key.</summary>
    public void DateShown(object text)
    {
        _dateText = text;
        _dateRecord = _pendingRecord;
        _dateMember = _pendingMember;
    }

    /// <summary>Layout text is about to be written to <paramref name="output"/>. Any pending read is dropped: it was a
    /// test (<c>if</c>, <c>for</c>), not the value of this text.</summary>
    public void Text(IScriptOutput output, ScriptRawStatement raw)
    {
        _pendingRecord = null;
        if (raw.Text.Length == 0 || Length(output) is not { } start) return; // trimmed away by a ~ : writes nothing
        Frame(output).Add(new Entry(start, raw, null, null));
    }

    /// <summary>The key of a sourced record read last and not yet written (what a helper is being called on), or nulls.</summary>
    public (YNode? Record, string? Member) Pending => (_pendingRecord, _pendingRecord is null ? null : _pendingMember);

    /// <summary>A value is about to be written to <paramref name="output"/> by the expression at
    /// <paramref name="statement"/>: the incident value <paramref name="valueId"/> shows whole (-1: none), written as
    /// blocks or not; <paramref name="spliced"/> are the entries of the fragment being written (a partial's output, a
    /// list's items), which take <paramref name="statement"/> as their place when they name none.</summary>
    public void Value(IScriptOutput output, ScriptNode? statement, IReadOnlyList<Entry>? spliced, int valueId = -1, bool block = false,
        object? written = null)
    {
        var record = _pendingRecord;
        _pendingRecord = null;
        var date = record is not null && written is not null && ReferenceEquals(written, _dateText)
                   && ReferenceEquals(record, _dateRecord) && _pendingMember == _dateMember;
        _dateText = null;
        if (Length(output) is not { } start) return;
        var frame = Frame(output);
        frame.Add(new Entry(start, statement, record, record is null ? null : _pendingMember) { ValueId = valueId, IsBlock = block, ShowsDate = date });
        if (spliced is null) return;
        for (var i = 0; i < spliced.Count; i++)
        {
            var entry = spliced[i];
            frame.Add(entry.Node is null ? entry with { Start = entry.Start + start, Node = statement } : entry.Shifted(start));
        }
    }

    /// <summary>How many outputs have been written to so far (see <see cref="TakeFrameAfter"/>).</summary>
    public int FrameMark => _created.Count;

    /// <summary>The entries of the first output first written to after <paramref name="mark"/> (an include's own
    /// output), removed so the output can be reused; null when none.</summary>
    public IReadOnlyList<Entry>? TakeFrameAfter(int mark)
    {
        // A partial that starts with its own include wrote to that include's output first; its frame is already taken.
        for (var i = mark; i < _created.Count; i++)
        {
            var output = _created[i];
            if (!_frames.Remove(output, out var entries)) continue;
            if (ReferenceEquals(output, _lastOutput)) { _lastOutput = null; _last = null; }
            return entries;
        }
        return null;
    }

    /// <summary>The entries of <paramref name="output"/> (the render's own output, at the end), in output order.</summary>
    public IReadOnlyList<Entry> Of(IScriptOutput output) => _frames.GetValueOrDefault(output) ?? [];

    private OutputEntries Frame(IScriptOutput output)
    {
        if (ReferenceEquals(output, _lastOutput)) return _last!;
        if (!_frames.TryGetValue(output, out var frame))
        {
            _frames[output] = frame = new OutputEntries();
            _created.Add(output);
        }
        _lastOutput = output;
        return _last = frame;
    }

    private static int? Length(IScriptOutput output) => output is StringBuilderOutput sb ? sb.Builder.Length : null;
}
