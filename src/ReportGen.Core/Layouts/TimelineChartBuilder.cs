using System.Buffers;
using ReportGen.Core.Markdown;
using ReportGen.Core.Model;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>Builds the data of the generated <c>figure:timeline</c> picture from the incident's derived figures,
/// with every time in the report's zone. Null when there is no span to draw.</summary>
internal static class TimelineChartBuilder
{
    public static TimelineChart? Build(Incident incident, IncidentFigures figures)
    {
        var start = incident.StartedAt;
        var candidates = figures.SortedTimeline.Select(e => e.At)
            .Concat(new[] { incident.ResolvedAt, figures.MitigatedAt, figures.DetectedAt }.OfType<DateTimeOffset>());
        var end = incident.ResolvedAt ?? candidates.DefaultIfEmpty(start).Max();
        if (end <= start) return null;
        DateTimeOffset? Local(DateTimeOffset? t) => t is { } v ? figures.ToLocal(v) : null;
        var marks = figures.SortedTimeline
            .Select(e => new TimelineMark(figures.ToLocal(e.At), e.Kind.ToString().ToLowerInvariant(), PlainText(e.Event)))
            .ToList();
        return new TimelineChart(figures.ToLocal(start), figures.ToLocal(end), Local(figures.DetectedAt),
            Local(figures.MitigatedAt), Local(incident.ResolvedAt), marks) { TimeZone = figures.TimeZone };
    }

    /// <summary>Characters besides letters and digits that no block or inline parser of the report pipeline reacts to
    /// after a letter on a single line (no smart quotes, strikethrough, math or autolink extensions are on).</summary>
    private static readonly SearchValues<char> InertPunctuation = SearchValues.Create(" .,;?'\"()/-+=#%$@^~");

    /// <summary>An (md) event as the plain words a chart label shows.</summary>
    internal static string PlainText(string markdown) => IsPlainWords(markdown) ? markdown.Trim() : PlainTextByParsing(markdown);

    /// <summary>One line that starts with a letter and holds only letters, digits and inert punctuation: Markdown
    /// reads it as exactly its text, so the parse (about 20 per report) can be skipped.</summary>
    internal static bool IsPlainWords(string markdown)
    {
        var text = markdown.AsSpan().Trim();
        if (text.IsEmpty || !char.IsLetter(text[0])) return false;
        foreach (var c in text)
            if (!char.IsLetterOrDigit(c) && !InertPunctuation.Contains(c)) return false;
        return true;
    }

    internal static string PlainTextByParsing(string markdown)
    {
        var doc = Markdig.Markdown.Parse(MarkdownConfiner.Inline(markdown), MarkdownPipelines.Report);
        var problems = new MarkdownProblems("", "");
        var mapper = new InlineMapper(problems);
        var para = doc.OfType<Markdig.Syntax.ParagraphBlock>().FirstOrDefault();
        return para is null ? markdown.Trim() : Inlines.PlainText(mapper.Map(para.Inline)).Trim();
    }
}
