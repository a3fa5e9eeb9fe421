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
    internal static string PlainText(string markdown) =>
        IsPlainWords(markdown) ? markdown.Trim() : WordsWithCode(markdown) ?? PlainTextByParsing(markdown);

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

    /// <summary>Plain words with code spans among them (<c>Step 3 on `checkout-api`</c>, the usual event): each code
    /// span one backtick on each side of inert text that neither starts nor ends with a space, so Markdown reads it as
    /// its text; the label is the words without the backticks. Null for anything else.</summary>
    internal static string? WordsWithCode(string markdown)
    {
        var text = markdown.AsSpan().Trim();
        if (text.IsEmpty || !char.IsLetter(text[0]) || !text.Contains('`')) return null;
        var open = -1; // where the content of the code span being read starts
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '`')
            {
                if (!char.IsLetterOrDigit(c) && !InertPunctuation.Contains(c)) return null;
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '`') return null; // a longer backtick run
            if (open < 0) { open = i + 1; continue; }
            if (i == open || text[open] == ' ' || text[i - 1] == ' ') return null; // empty, or spaces a code span trims
            open = -1;
        }
        if (open >= 0) return null;
        var words = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
            if (c != '`') words[length++] = c;
        return new string(words[..length]);
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
