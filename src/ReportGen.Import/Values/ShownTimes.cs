using System.Globalization;
using ReportGen.Core.Derivation;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using ReportGen.Document;
using ReportGen.Import.Docx;
using ReportGen.Import.Yaml;

namespace ReportGen.Import.Values;

/// <summary>Dates and times typed where the report shows them (<c>09:12</c>, <c>2026-03-15 00:30</c>, <c>2026-03-14 09:12
/// UTC+01:00</c>, <c>2026-03-20</c>) read back as the incident file's values. The report shows a timestamp in its zone
/// (<see cref="IncidentFigures.TimeZone"/>), so what was typed is read in that zone; what it leaves out (the day of a
/// time shown without one) is the old value's; the result is written in the old text's style at its offset (a bare
/// <c>HH:MM</c> stays bare while it still resolves to the same instant), so a time typed back as it was changes
/// nothing and a changed one only its digits.</summary>
internal sealed class ShownTimes
{
    private readonly Incident _incident;
    private readonly TimeZoneInfo _zone;
    private readonly Dictionary<string, YamlSpot> _spots;
    private readonly TimestampStyle _startStyle;
    private readonly List<object?> _times; // the timeline's times in file order (TimeOnly or DateTimeOffset), edits applied

    public ShownTimes(Incident incident, IncidentFigures figures, Dictionary<string, YamlSpot> spots)
    {
        _incident = incident;
        _zone = figures.TimeZone;
        _spots = spots;
        _startStyle = TimestampStyle.Of(spots.GetValueOrDefault("started_at")?.Value ?? "")
                      ?? new TimestampStyle("T", false, true, 0, "", TimestampStyle.OffsetNotation.HoursColonMinutes, incident.StartedAt.Offset);
        _times = incident.Timeline.Select(e => ScalarFormats.TryClock(e.AtText, out var clock) ? (object?)clock
            : ScalarFormats.TryTimestamp(e.AtText, out var at) == ScalarFormats.TimestampStatus.Ok ? at : null).ToList();
    }

    /// <summary>The text and place of each table cell of the .docx that the report filled with one date or time (by its
    /// path: <c>timeline[3].at</c>), read whole: text typed over a cell in Word may land beside the value's bookmark.</summary>
    public static Dictionary<string, (string Text, DocxPlace Place)> WholeCells(IReadOnlyList<Block> document, DocxValues docx, IReadOnlyDictionary<string, string> pathOfBase)
    {
        var whole = new HashSet<string>(StringComparer.Ordinal);
        void Walk(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                if (block is CalloutBlock callout) Walk(callout.Blocks);
                if (block is not TableBlock table) continue;
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    if (cell.Marks is [var mark] && mark.Start == 0 && mark.End >= Inlines.PlainLength(cell.Inlines) && Handles(mark.YamlPath))
                        whole.Add(mark.YamlPath);
            }
        }
        Walk(document);
        var texts = new Dictionary<string, (string, DocxPlace)>(StringComparer.Ordinal);
        foreach (var table in docx.Tables)
            foreach (var row in table.Rows)
                for (var c = 0; c < row.Cells.Count && c < row.CellMarks.Count; c++)
                    if (row.CellMarks[c] is [var mark] && pathOfBase.TryGetValue(mark, out var path) && whole.Contains(path))
                        texts[path] = (OneSpaced.Of(row.TextOf(c)),
                            new DocxPlace(table.Section, row.Row, c < table.Header.Count ? table.Header[c] : $"column {c + 1}"));
        return texts;
    }

    /// <summary>True when the value at <paramref name="path"/> is a timestamp, a date or a timeline time.</summary>
    public static bool Handles(string path) => FieldKinds.ShapeAt(path) is TimestampShape or DateShape or TimelineTimeShape;

    /// <summary>The field text for <paramref name="typed"/> where the report showed <paramref name="shown"/> the value at
    /// <paramref name="path"/> (absent: typed into an empty cell); null with <paramref name="problem"/> when it is no
    /// date or time.</summary>
    public string? Read(string path, string shown, string typed, out string problem)
    {
        var shape = FieldKinds.ShapeAt(path);
        // A time alone is no date; a day alone moves a timestamp to that day at the time it had.
        if (!ShownTime.TryParse(typed, out var parts) || (shape is DateShape && !parts.IsDateOnly))
        {
            problem = Problem(shape, shown, typed);
            return null;
        }
        problem = "";
        if (shape is DateShape) return parts.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var old = CellSlots.ModelAt(_incident, path, out _) is DateTimeOffset t ? t : (DateTimeOffset?)null;
        var at = Instant(parts, old ?? _incident.StartedAt, rollOver: false);
        var text = _spots.GetValueOrDefault(path)?.Value ?? "";
        if (shape is not TimelineTimeShape || ListChanges.ItemOf(path) is not { } item)
            return (TimestampStyle.Of(text) ?? _startStyle).Write(at);
        var index = IndexOf(item);
        if (TimestampStyle.Of(text) is { } style)
        {
            _times[index] = at;
            return style.Write(at);
        }
        if (Bare(at, text, index, insert: false) is { } bare) return bare;
        _times[index] = at;
        return InZone(at);
    }

    /// <summary>The field text of a time or date typed into a row added after the list item <paramref name="after"/>
    /// (its key <paramref name="key"/>): a time without a day is on the day of the entry before it, rolled over to the
    /// next day when it would otherwise go back in time (as the format reads a bare time), in that entry's style.</summary>
    public string? ReadNew(string after, string key, string typed, out string problem)
    {
        var path = after + "." + key;
        var shape = FieldKinds.ShapeAt(path);
        if (shape is not TimelineTimeShape) return Read(path, "", typed, out problem);
        if (!ShownTime.TryParse(typed, out var parts))
        {
            problem = Problem(shape, "", typed);
            return null;
        }
        problem = "";
        var previous = CellSlots.ModelAt(_incident, path, out _) is DateTimeOffset t ? t : _incident.StartedAt;
        var at = Instant(parts, previous, rollOver: true);
        var text = _spots.GetValueOrDefault(path)?.Value ?? "";
        if (TimestampStyle.Of(text) is { } style) return style.Write(at);
        return Bare(at, text, IndexOf(after), insert: true) ?? InZone(at);
    }

    /// <summary><paramref name="item"/> (a table row added) with its dates and times read as the file writes them (see
    /// <see cref="ReadNew(string, string, string, out string)"/>); one that is none is left as typed, with an error at
    /// <paramref name="place"/>.</summary>
    public NewItem ReadNew(NewItem item, string place, List<string> errors)
    {
        if (!item.Fields.Any(f => Handles(item.After + "." + f.Key))) return item;
        var fields = new List<(string Key, string Value)>(item.Fields.Count);
        foreach (var (key, typed) in item.Fields)
        {
            if (!Handles(item.After + "." + key)) { fields.Add((key, typed)); continue; }
            if (ReadNew(item.After, key, typed, out var problem) is { } value) fields.Add((key, value));
            else { errors.Add($"{place}: {problem}"); fields.Add((key, typed)); }
        }
        return item with { Fields = fields };
    }

    /// <summary>The instant <paramref name="parts"/> name, the rest taken from <paramref name="old"/> as the report shows it.</summary>
    private DateTimeOffset Instant(ShownTime parts, DateTimeOffset old, bool rollOver)
    {
        if (parts.Instant is { } instant) return instant;
        var local = TimeZoneInfo.ConvertTime(old, _zone);
        var day = parts.Date ?? DateOnly.FromDateTime(local.DateTime);
        var oldClock = TimeOnly.FromTimeSpan(local.TimeOfDay);
        // A time typed as it was keeps the seconds the report does not show.
        var clock = parts.Time is not { } typed ? oldClock : typed.Hour == oldClock.Hour && typed.Minute == oldClock.Minute ? oldClock : typed;
        if (parts.Offset is { } offset) return new DateTimeOffset(day.ToDateTime(clock), offset);
        var at = ReportClock.AtLocal(day, clock, _zone, old);
        while (rollOver && parts.Date is null && at < old) at = ReportClock.AtLocal(day = day.AddDays(1), clock, _zone, old);
        return at;
    }

    /// <summary>A bare <c>HH:MM</c> for <paramref name="at"/> when the format reads it back as that instant at its place
    /// in the timeline (entry <paramref name="index"/>, or a new one right after it); null when it would not (another
    /// day than the rolling gives it, seconds).</summary>
    private string? Bare(DateTimeOffset at, string oldText, int index, bool insert)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        if (local.Second != 0 || local.Millisecond != 0 || local.Ticks % TimeSpan.TicksPerMillisecond != 0) return null;
        var clock = new TimeOnly(local.Hour, local.Minute);
        var times = new List<object?>(_times);
        var at2 = insert ? index + 1 : index;
        if (insert) times.Insert(at2, clock);
        else times[at2] = clock;
        if (ReportClock.ResolveTimeline(_incident.StartedAt, _zone, times)[at2]?.At != at) return null;
        if (!insert) _times[index] = clock;
        var shortHour = oldText.Trim().Length == 4 && local.Hour < 10;
        return local.ToString(shortHour ? "H:mm" : "HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A full timestamp for an entry whose bare time cannot say it: in started_at's style, at the report
    /// zone's offset then.</summary>
    private string InZone(DateTimeOffset at) => _startStyle.WriteAt(TimeZoneInfo.ConvertTime(at, _zone));

    private static int IndexOf(string item) =>
        int.Parse(item[(item.LastIndexOf('[') + 1)..^1], CultureInfo.InvariantCulture);

    private static string Problem(Core.Validation.Shape? shape, string shown, string typed)
    {
        var quoted = ImportService.Quote(typed.Trim());
        var day = ScalarFormats.DateProblem(typed.Trim());
        return shape switch
        {
            DateShape => $"{quoted} is not a date ({day ?? "write YYYY-MM-DD, e.g. " + Example(shown, "2026-03-20")})",
            TimelineTimeShape => $"{quoted} is not a time ({day ?? "write HH:MM, e.g. " + Example(shown, "09:12") + ", or YYYY-MM-DD HH:MM for another day"})",
            _ => $"{quoted} is not a date and time ({day ?? "write YYYY-MM-DD HH:MM in the report's time zone, or with the offset as the report shows it, e.g. " + Example(shown, "2026-03-14 09:12 UTC+01:00")})",
        };
    }

    /// <summary>What the cell showed, as the example of a hint when it has the hint's form; else <paramref name="fallback"/>.</summary>
    private static string Example(string shown, string fallback) =>
        ShownTime.TryParse(shown, out var parts) && ShownTime.TryParse(fallback, out var form) && parts.Form == form.Form ? shown.Trim() : fallback;
}
