using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Tests.Support;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>A big incident renders whole: no limit meant for runaway layouts cuts a long narrative, a long log or a
/// long timeline (Scriban's output limit once cut everything past ~100,000 characters, silently).</summary>
public class LargeIncidentTests
{
    private static readonly string[] AllSections =
    [
        "Incident summary", "Timeline", "Impact", "Root cause analysis", "Lessons learned",
        "Action items", "Prevention measures", "Appendices", "Sign-off",
    ];

    [Fact]
    public void A_60_kb_narrative_keeps_every_later_section()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The pool ran dry because each pod opened *twice* the connections. ", 12));
        var narrative = string.Join("\n\n", Enumerable.Repeat(paragraph, 80)) + "\n\nLAST SENTENCE OF THE NARRATIVE.";
        Assert.True(narrative.Length > 60_000);
        var full = TestIncidents.Full();
        var doc = Build(full with { RootCause = full.RootCause! with { WhatHappened = narrative, ImmediateCause = "IMMEDIATE CAUSE TEXT" } });

        Assert.Equal(AllSections, HeadingTexts(doc, 2));
        Assert.Contains("LAST SENTENCE OF THE NARRATIVE.", ParagraphTexts(doc));
        Assert.Contains("IMMEDIATE CAUSE TEXT", ParagraphTexts(doc));
        Assert.Contains("Fast rollback", ParagraphTexts(doc));
        Assert.Equal(["Dana Kim", "Sam Ortiz", "Priya Raman"], doc.Blocks.OfType<SignOffBlock>().Single().Entries.Select(e => e.Name));
    }

    [Fact]
    public void The_checkout_example_with_a_400_line_log_keeps_its_sign_off_table()
    {
        var log = string.Join("\n", Enumerable.Range(0, 400).Select(i =>
            $"        2026-03-14T09:{i % 60:00}:00Z ERROR pgbouncer: no more connections allowed (max_client_conn) db=checkout user=app client={i}"));
        var yaml = File.ReadAllText(RepoPaths.Example("checkout-outage.yaml")).Replace("\r\n", "\n");
        Assert.Contains("  snippets:\n", yaml);
        yaml = yaml.Replace("  snippets:\n", "  snippets:\n    - title: pgbouncer log\n      code: |\n" + log + "\n", StringComparison.Ordinal);
        var loaded = IncidentLoader.LoadText(yaml, "checkout-outage.yaml", RepoPaths.Examples);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var result = new ReportBuilder(LayoutTestKit.Default).Build(loaded);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        var code = AllBlocks(result.Document!.Blocks).OfType<CodeBlock>().First();
        Assert.Equal(400, code.Code.TrimEnd('\n').Split('\n').Length);
        Assert.EndsWith("user=app client=399", code.Code.TrimEnd('\n'));
        Assert.Equal("Sign-off", HeadingTexts(result.Document, 2)[^1]);
        Assert.NotEmpty(result.Document.Blocks.OfType<SignOffBlock>().Single().Entries);
    }

    [Fact]
    public void A_5000_entry_timeline_keeps_every_entry()
    {
        var start = TestIncidents.Full().StartedAt;
        var entries = Enumerable.Range(0, 5000).Select(i => new TimelineEntry
        {
            At = start.AddSeconds(i), AtText = "x", Event = $"Step **{i}** of the `rollback`", Kind = TimelineKind.Response,
        }).ToList();
        var doc = Build(TestIncidents.Full() with { Timeline = entries });

        var rows = Table(doc, "Time").Rows;
        Assert.Equal(5000, rows.Count);
        Assert.Equal("Step 4999 of the rollback", Text(rows[^1].Cells[1]));
        Assert.Equal(AllSections, HeadingTexts(doc, 2));
    }

    [Fact]
    public void Markdown_over_a_megabyte_renders_every_section_and_the_last_one_whole()
    {
        var full = TestIncidents.Full();
        var lessons = Enumerable.Range(0, 3000).Select(i => $"Lesson {i}: alerts on *pool saturation* must page the owner, see [runbook](https://wiki.example/{i}).").ToList();
        var actions = Enumerable.Range(0, 2000).Select(i => full.ActionItems[0] with { Id = $"A{i}", Action = $"Fix **item {i}** before the freeze" }).ToList();
        var reviewers = Enumerable.Range(0, 2000).Select(i => $"Reviewer {i}").ToList();
        var incident = full with
        {
            Lessons = new Lessons { WentWell = lessons, CouldImprove = lessons },
            ActionItems = actions,
            Prevention = new Prevention { LongTerm = [new PreventionMeasure("Load-test before each release", ["A0", "A1999"])] },
            SignOff = full.SignOff! with { ReviewedBy = reviewers },
        };
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.True(result.Markdown!.Length > 1_000_000, $"only {result.Markdown.Length} characters");
        var doc = result.Document!;

        Assert.Equal(AllSections, HeadingTexts(doc, 2));
        Assert.Equal(2000, Table(doc, "ID").Rows.Count);
        Assert.Equal("Fix item 1999 before the freeze (tracker PAY-1)", Text(Table(doc, "ID").Rows[^1].Cells[1]));
        var signers = doc.Blocks.OfType<SignOffBlock>().Single().Entries;
        Assert.Equal(2001, signers.Count);
        Assert.Equal("Reviewer 1999", signers[^1].Name);
        Assert.Equal("Next review: 2026-04-18", ParagraphTexts(doc)[^1]);
    }

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Document!;
    }
}
