using Markdig.Extensions.CustomContainers;
using ReportGen.Document;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace ReportGen.Core.Markdown;

/// <summary>Reads the <c>::: title</c> container into a <see cref="TitleBlock"/>: an optional kicker paragraph, one
/// heading (the title), an optional subtitle paragraph and an optional list of badges, each item its text with an
/// optional <c>{.tone-NAME}</c>:
/// <code>
/// ::: title
/// INC-2041
///
/// # Checkout API returned 503s
///
/// - **Severity: Critical**{.tone-severity-critical}
/// - **Final**{.tone-status-final}
/// :::
/// </code></summary>
internal sealed class TitleContainer(MarkdownProblems problems, InlineMapper inlines, ValueRuns? values = null)
{
    /// <summary>The title's inlines and the incident values they show (the title itself, in the default layout).</summary>
    private (IReadOnlyList<Document.Inline>, IReadOnlyList<ValueMark>) Title(MdHeading heading)
    {
        if (values is null) return (TrimEnd(inlines.Map(heading.Inline)), []);
        values.Reset();
        inlines.Values = values;
        try
        {
            var title = TrimEnd(inlines.Map(heading.Inline));
            return (title, values.Take(Inlines.PlainLength(title)).Marks);
        }
        finally { inlines.Values = null; }
    }

    public TitleBlock? Map(CustomContainer cc)
    {
        string? kicker = null;
        IReadOnlyList<Document.Inline>? title = null, subtitle = null;
        IReadOnlyList<ValueMark> titleMarks = [];
        List<Badge>? badges = null;
        foreach (var block in cc)
        {
            switch (block)
            {
                case MdHeading heading when title is null:
                    (title, titleMarks) = Title(heading);
                    break;
                case MdParagraph paragraph when title is null && kicker is null:
                    kicker = Inlines.PlainText(inlines.Map(paragraph.Inline)).Trim();
                    break;
                case MdParagraph paragraph when title is not null && subtitle is null && badges is null:
                    subtitle = inlines.Map(paragraph.Inline);
                    break;
                case MdList list when title is not null && badges is null:
                    badges = Badges(list);
                    break;
                default:
                    problems.Error(block.Line, block.Column, "::: title holds, in this order: an optional kicker line, one " +
                        "'# Title' heading, an optional subtitle line and an optional list of badges");
                    return null;
            }
        }
        if (title is null)
        {
            problems.Error(cc.Line, cc.Column, "::: title needs one '# Title' heading");
            return null;
        }
        return new TitleBlock(string.IsNullOrEmpty(kicker) ? null : kicker, title, badges ?? []) { Subtitle = subtitle ?? [], TitleMarks = titleMarks };
    }

    private List<Badge> Badges(MdList list)
    {
        var badges = new List<Badge>();
        foreach (var item in list.OfType<Markdig.Syntax.ListItemBlock>())
        {
            if (item is not [MdParagraph paragraph])
            {
                problems.Error(item.Line, item.Column, "a badge must be one line of text, e.g. '- **Final**{.tone-status-final}'");
                continue;
            }
            IReadOnlyList<ValueMark> marks = [];
            string text;
            if (values is null) text = Inlines.PlainText(inlines.Map(paragraph.Inline));
            else
            {
                // A badge shows an enum by its label (severity_label): the label is marked as its key (severity).
                values.Reset();
                values.Labels = true;
                inlines.Values = values;
                try { text = Inlines.PlainText(inlines.Map(paragraph.Inline)); marks = values.Take(text.Length).Marks; }
                finally { inlines.Values = null; values.Labels = false; }
            }
            var lead = text.Length - text.TrimStart().Length;
            text = text.Trim();
            if (lead > 0) marks = marks.Select(m => m with { Start = m.Start - lead, End = m.End - lead }).Where(m => m.Start >= 0).ToList();
            badges.Add(new Badge(text, inlines.LastTone) { Marks = marks.Where(m => m.End <= text.Length).ToList() });
        }
        return badges;
    }

    /// <summary>Drops the space Markdig leaves before a trailing <c>{#id}</c> on a heading.</summary>
    internal static IReadOnlyList<Document.Inline> TrimEnd(IReadOnlyList<Document.Inline> list)
    {
        if (list is not [.., TextInline last] || (last.Text.Length > 0 && !char.IsWhiteSpace(last.Text[^1]))) return list; // the usual case: nothing to drop
        var trimmed = last.Text.TrimEnd();
        var result = list.Take(list.Count - 1).ToList();
        if (trimmed.Length > 0) result.Add(new TextInline(trimmed));
        return result;
    }
}
