using System.Text;
using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Generated texts that look like attacks, put into every kind of (md) field of an incident (a block in the
/// summary container, a block under a heading, a list item, a table cell, a one-line list item). For each, layout and
/// parse finish without an error, the report keeps exactly the layout's structure (headings, tables, containers, in
/// order), and the user's visible characters survive: the letters, digits and other non-ASCII characters of the
/// text appear in the Document in the same order, and no Markdown punctuation appears more often than typed.
/// Fixed seed and a fixed number of cases, so a failure repeats; it runs in about a second.</summary>
public class HostileMarkdownPropertyTests
{
    private const int Seed = 20260314;
    private const int Cases = 120;

    [Fact]
    public void Generated_attacks_keep_the_report_whole_and_the_text_visible()
    {
        var random = new Random(Seed);
        var baseline = Skeleton(Build(With("Plain words.")));
        for (var n = 0; n < Cases; n++)
        {
            var text = AttackTexts.Generate(random, n < Cases / 2 ? 12 : 40);
            var context = $"case {n}: {Show(text)}";
            var result = LayoutTestKit.Build(With(text));
            Assert.True(result.Document is not null, context + "\n" + string.Join("\n", result.Diagnostics.Take(3)));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var doc = result.Document!;

            Assert.True(baseline.SequenceEqual(Skeleton(doc)), context + "\nstructure: " + string.Join(" | ", Skeleton(doc)));
            foreach (var (field, shown) in FieldTexts(doc))
                AssertVisible(text, shown, $"{context}\nfield {field} shows: {Show(shown)}");
        }
    }

    /// <summary>The incident with <paramref name="text"/> in one (md) field of each kind.</summary>
    private static Incident With(string text)
    {
        var full = TestIncidents.Full();
        return full with
        {
            Summary = text,
            Timeline = [full.Timeline[0] with { Event = text }],
            RootCause = full.RootCause! with { WhatHappened = text },
            Lessons = new Lessons { WentWell = [text], CouldImprove = ["Alert on saturation"] },
            ActionItems = [full.ActionItems[0] with { Action = text, Tracker = null }],
            Prevention = new Prevention { ShortTerm = [new PreventionMeasure(text, [])] },
        };
    }

    /// <summary>What the Document shows for each field the text went into.</summary>
    private static IEnumerable<(string Field, string Shown)> FieldTexts(ReportDocument doc)
    {
        var blocks = doc.Blocks.ToList();
        yield return ("summary", Extract(blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Blocks));
        yield return ("timeline event", Extract(Table(doc, "Time").Rows[0].Cells[1].Inlines));
        yield return ("action", Extract(Table(doc, "ID").Rows[0].Cells[1].Inlines));
        yield return ("what happened", Extract(Between(blocks, "What happened", "Immediate cause")));
        yield return ("lesson", Extract(((ListBlock)Between(blocks, "What went well", "What could be improved").Single()).Items[0].Blocks));
        yield return ("measure", Extract(((ListBlock)Between(blocks, "Short-term", "Action items").Single()).Items[0].Blocks));
    }

    private static List<Block> Between(List<Block> blocks, string fromHeading, string toHeading)
    {
        int Index(string heading) => blocks.FindIndex(b => b is HeadingBlock h && Inlines.PlainText(h.Inlines) == heading);
        var from = Index(fromHeading);
        var to = toHeading == "Action items" ? blocks.FindIndex(from, b => b is HeadingBlock { Level: <= 2 }) : Index(toHeading);
        return blocks.GetRange(from + 1, to - from - 1);
    }

    private static string Extract(IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder();
        foreach (var block in AllBlocks(blocks))
        {
            switch (block)
            {
                case ParagraphBlock p: Extract(p.Inlines, sb); break;
                case CodeBlock c: sb.Append(c.Language).Append(' ').Append(c.Code); break;
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Extract(IReadOnlyList<Inline> inlines)
    {
        var sb = new StringBuilder();
        Extract(inlines, sb);
        return sb.ToString();
    }

    /// <summary>The text of inlines, with a link's target after its text (unless the text is the target, as in an
    /// autolink): the target's characters were typed too.</summary>
    private static void Extract(IReadOnlyList<Inline> inlines, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: sb.Append(t.Text); break;
                case CodeInline c: sb.Append(c.Code); break;
                case StrongInline s: Extract(s.Children, sb); break;
                case EmphasisInline e: Extract(e.Children, sb); break;
                case LinkInline l:
                    var text = Inlines.PlainText(l.Children);
                    Extract(l.Children, sb);
                    if (!l.Url.EndsWith(text, StringComparison.Ordinal)) sb.Append(' ').Append(l.Url);
                    break;
                case LineBreakInline: sb.Append('\n'); break;
            }
        }
    }

    private static void AssertVisible(string typed, string shown, string context)
    {
        Assert.True(Significant(typed) == Significant(shown), context + $"\nexpected: {Significant(typed)}\nactual:   {Significant(shown)}");
        foreach (var mark in "\\<>{}|#*_[]!~`=+")
            Assert.True(shown.Count(c => c == mark) <= typed.Count(c => c == mark), $"{context}\nmore '{mark}' shown than typed");
    }

    /// <summary>Letters, digits and printable non-ASCII characters, in order: what no Markdown may drop or add.</summary>
    private static string Significant(string text) => new(text.Where(c =>
        char.IsLetterOrDigit(c) || (c > 127 && !char.IsWhiteSpace(c) && !char.IsControl(c) && !char.IsSeparator(c))).ToArray());

    private static string Show(string text) => text.Length > 300 ? text[..300].Replace("\n", "\\n") + $"… ({text.Length} chars)" : text.Replace("\n", "\\n");

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }
}
