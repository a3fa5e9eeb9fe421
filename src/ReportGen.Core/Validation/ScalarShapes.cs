using System.Text.Json;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>Free text (Markdown when <paramref name="markdown"/>, a link target when <paramref name="link"/>); numbers
/// and booleans are read as their text. Reports template placeholders left in it.</summary>
internal sealed class TextShape(bool markdown = false, bool numberAllowed = false, bool placeholders = true, bool link = false) : Shape<string>
{
    public bool Markdown { get; } = markdown;
    /// <summary>True when the whole value is a link target (tracker, url, source): <see cref="LinkSchemeCheck"/> checks it.</summary>
    public bool Link { get; } = link;
    /// <summary>True when a number is as good as text (affected_users: 48000 or "about 12%").</summary>
    public bool NumberAllowed { get; } = numberAllowed;
    public override string Expected => NumberAllowed ? "a number or text" : Markdown ? "text (Markdown)" : "text";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx, ColonSlip.Hint(node)); return; }
        var text = s.Text.TrimEnd();
        s.Value = text;
        if (placeholders && Placeholders.Find(text) is { } placeholder)
        {
            ctx.Placeholders.Add(s);
            ctx.Warning(s, $"placeholder text {DiagnosticText.Quote(placeholder)} left from the template", "replace it with the real value");
        }
    }

    public override string Read(YNode node, BindContext ctx) => Stored<string>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        if (NumberAllowed) WriteType(json, nullable, "string", "number");
        else WriteType(json, nullable, "string", "number", "boolean");
    }
}

/// <summary>The format version: the only one is 1.</summary>
internal sealed class FormatVersionShape : Shape<int>
{
    public override string Expected => "the format version 1";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx); return; }
        if (s.Text.Trim() == "1") s.Value = 1;
        else ctx.Error(s, $"unsupported format version {DiagnosticText.Quote(s.Text)}", "the only format version is 1");
    }

    public override int Read(YNode node, BindContext ctx) => Stored<int>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        json.WriteStartArray("enum");
        json.WriteNumberValue(1);
        json.WriteStringValue("1");
        if (nullable) json.WriteNullValue();
        json.WriteEndArray();
    }
}

/// <summary>A timestamp with an offset or Z (<see cref="ScalarFormats.TryTimestamp"/>); value: DateTimeOffset.</summary>
internal sealed class TimestampShape : Shape<DateTimeOffset>
{
    public const string Example = "2026-03-14T09:12:00Z";
    public override string Expected => "a timestamp with an offset (e.g. 2026-03-14T09:12:00Z)";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx); return; }
        switch (ScalarFormats.TryTimestamp(s.Text, out var value))
        {
            case ScalarFormats.TimestampStatus.Ok: s.Value = value; break;
            case ScalarFormats.TimestampStatus.NoOffset:
                ctx.Error(s, $"timestamp {DiagnosticText.Quote(s.Text)} has no time zone offset", $"add Z for UTC or an offset such as +01:00, e.g. {Example}");
                break;
            default:
                ctx.Error(s, $"{DiagnosticText.Quote(s.Text)} is not a valid timestamp",
                    ScalarFormats.DateProblem(s.Text) ?? $"use ISO 8601 with an offset or Z, e.g. {Example} or 2026-03-14 09:12 +01:00");
                break;
        }
    }

    public override DateTimeOffset Read(YNode node, BindContext ctx) => Stored<DateTimeOffset>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "string");
        json.WriteString("pattern", ScalarFormats.TimestampPattern);
    }
}

/// <summary>A date (YYYY-MM-DD); value: DateOnly.</summary>
internal sealed class DateShape : Shape<DateOnly>
{
    public override string Expected => "a date (YYYY-MM-DD)";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx); return; }
        if (ScalarFormats.TryDate(s.Text, out var value)) s.Value = value;
        else ctx.Error(s, $"{DiagnosticText.Quote(s.Text)} is not a valid date",
            ScalarFormats.DateProblem(s.Text) ?? "use YYYY-MM-DD with a day that exists, e.g. 2026-04-01");
    }

    public override DateOnly Read(YNode node, BindContext ctx) => Stored<DateOnly>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "string");
        json.WriteString("pattern", ScalarFormats.DatePattern);
    }
}

/// <summary>A timeline time: a bare HH:MM (value: TimeOnly) or a full timestamp (value: DateTimeOffset). It binds
/// to the absolute time it was resolved to against started_at (<see cref="BindContext.NextTimelineTime"/>) and the
/// text as written.</summary>
internal sealed class TimelineTimeShape : Shape<TimelineTime>
{
    public override string Expected => "a time (HH:MM) or a timestamp";

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx); return; }
        if (ScalarFormats.TryClock(s.Text, out var clock)) { s.Value = clock; return; }
        var status = ScalarFormats.TryTimestamp(s.Text, out var value);
        if (status == ScalarFormats.TimestampStatus.Ok) { s.Value = value; return; }
        var hint = ScalarFormats.DateProblem(s.Text) ?? (status == ScalarFormats.TimestampStatus.NoOffset
            ? "add Z or an offset (e.g. +01:00) to the timestamp, or write just the clock time HH:MM"
            : "use HH:MM (e.g. \"09:12\") on the day of started_at, or a full timestamp such as 2026-03-14T09:12:00Z");
        ctx.Error(s, $"{DiagnosticText.Quote(s.Text)} is not a valid time", hint);
    }

    public override TimelineTime Read(YNode node, BindContext ctx) => new(ctx.NextTimelineTime(), ((YScalar)node).Text.Trim());

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        WriteType(json, nullable, "string");
        json.WriteStartArray("anyOf");
        foreach (var pattern in new[] { ScalarFormats.ClockPattern, ScalarFormats.TimestampPattern })
        {
            json.WriteStartObject();
            json.WriteString("pattern", pattern);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

/// <summary>A timeline time as bound: the absolute instant and the text as written ("09:12").</summary>
internal readonly record struct TimelineTime(DateTimeOffset At, string Text);

/// <summary>A figure's file: checked as text here (<see cref="FigureCheck"/> opens it), bound to the path as written
/// and the absolute path inside the incident file's folder.</summary>
internal sealed class FigurePathShape : Shape<FigureFile>
{
    private readonly TextShape _text = new();
    public override string Expected => _text.Expected;
    public override void Check(YNode node, ValidationContext ctx) => _text.Check(node, ctx);
    public override void WriteSchema(Utf8JsonWriter json, bool nullable) => _text.WriteSchema(json, nullable);

    public override FigureFile Read(YNode node, BindContext ctx)
    {
        var path = _text.Read(node, ctx);
        return new(path, FigurePaths.Resolve(ctx.BaseDirectory, path, out _)!);
    }
}

/// <summary>A figure path as written and resolved.</summary>
internal readonly record struct FigureFile(string Written, string Full);
