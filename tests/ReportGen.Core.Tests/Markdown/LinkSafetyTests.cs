using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Only http, https and mailto targets (and the report's own anchors) become clickable; a theme may allow more
/// schemes. Any other target prints as the link text plus the target, whatever case, spacing or encoding hides its
/// scheme, and validation warns at its YAML line.</summary>
public class LinkSafetyTests
{
    public static TheoryData<string, string?> Dangerous => new()
    {
        { "[click](javascript:alert(1))", "javascript:alert(1)" },
        { "[click](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)" },
        { "[click]( javascript:alert(1))", "javascript:alert(1)" },
        { "[click](&#106;avascript:alert(1))", "javascript:alert(1)" },
        { "[click](javascript&#58;alert(1))", "javascript:alert(1)" },
        // Pointy brackets around a target holding a tab or a control character are raw HTML to the confinement: escaped,
        // so the whole link prints as typed.
        { "[click](<java\tscript:alert(1)>)", null },
        { "[click](<\u0001javascript:alert(1)>)", null },
        { "[click](vbscript:msgbox)", "vbscript:msgbox" },
        { "[click](file:///etc/passwd)", "file:///etc/passwd" },
        { "[click](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=" },
        { "[click](//evil.example/x)", "//evil.example/x" },
        { "[click](runbooks/checkout.md)", "runbooks/checkout.md" },
    };

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void A_dangerous_target_in_md_text_prints_as_text(string markdown, string? target)
    {
        var doc = Build(TestIncidents.Full() with { Summary = "See " + markdown + " now." });
        var paragraph = (ParagraphBlock)doc.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Blocks[0];
        Assert.DoesNotContain(paragraph.Inlines, i => i is LinkInline);
        Assert.Equal(target is null ? $"See {markdown} now." : $"See click ({target}) now.", Inlines.PlainText(paragraph.Inlines));
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<FILE:///etc/passwd>", "FILE:///etc/passwd")]
    public void A_dangerous_autolink_prints_as_text(string markdown, string shown)
    {
        var doc = Build(TestIncidents.Full() with { Summary = markdown });
        var paragraph = (ParagraphBlock)doc.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Blocks[0];
        Assert.Equal([new TextInline(shown)], paragraph.Inlines);
    }

    [Theory]
    [InlineData("https://x.example/a")]
    [InlineData("HTTPS://x.example/a")]
    [InlineData("http://x.example")]
    [InlineData("mailto:ops@x.example")]
    public void Http_https_and_mailto_stay_links(string target)
    {
        var doc = Build(TestIncidents.Full() with { Summary = $"See [here]({target})." });
        var paragraph = (ParagraphBlock)doc.Blocks.OfType<CalloutBlock>().Single(c => c.Kind == "summary").Blocks[0];
        Assert.Contains(paragraph.Inlines, i => i is LinkInline l && l.Url == target);
    }

    [Fact]
    public void Tracker_and_documentation_links_with_dangerous_targets_print_as_text()
    {
        var full = TestIncidents.Full();
        var doc = Build(full with
        {
            ActionItems = [full.ActionItems[0] with { Tracker = "javascript:alert(document.cookie)" }],
            Appendices = full.Appendices! with { Documentation = [new DocumentationLink("Runbook", "file:///srv/runbook.html", DocumentationKind.Runbook)] },
        });
        var cell = Table(doc, "ID").Rows[0].Cells[1];
        Assert.DoesNotContain(cell.Inlines, i => i is LinkInline);
        Assert.Equal("Alert when pool usage > 80% (tracker (javascript:alert(document.cookie)))", Text(cell));
        Assert.Contains("Runbook (file:///srv/runbook.html) (runbook)", ParagraphTexts(doc));
        Assert.DoesNotContain(AllBlocks(doc.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Inlines), i => i is LinkInline { IsInternal: false });
    }

    [Fact]
    public void Anchors_inside_the_report_stay_links()
    {
        var doc = Build(TestIncidents.Full());
        Assert.Contains(AllBlocks(doc.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Inlines), i => i is LinkInline { Url: "#action-a1" });
    }

    [Fact]
    public void A_theme_can_allow_more_schemes_but_never_script()
    {
        var report = ("report.md.sbn", "# R\n\n{{ md.block incident.summary }}\n");
        var ftpTheme = LayoutTestKit.Load(report, ("theme.yaml", "link_schemes: [ftp, TEL:]\n"));
        Assert.Equal(["ftp", "tel"], ftpTheme.Theme.LinkSchemes);
        var text = "[files](ftp://files.example/a) [call](tel:+4912345) [x](gopher://old)";
        var links = Paragraph(LayoutTestKit.Build(TestIncidents.Minimal() with { Summary = text }, ftpTheme).Document!).OfType<LinkInline>();
        Assert.Equal(["ftp://files.example/a", "tel:+4912345"], links.Select(l => l.Url));

        var plain = Paragraph(LayoutTestKit.Build(TestIncidents.Minimal() with { Summary = text }, LayoutTestKit.Load(report)).Document!);
        Assert.DoesNotContain(plain, i => i is LinkInline);

        var scripted = ReportLayout.Load(LayoutTestKit.Folder(report, ("theme.yaml", "link_schemes:\n  - ftp\n  - JavaScript\n")));
        var d = Assert.Single(scripted.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 3, 5), (d.Severity, d.Line, d.Column));
        Assert.Contains("run script", d.Message);
    }

    [Fact]
    public void Validation_warns_at_the_line_of_each_dangerous_target()
    {
        var yaml = Support.Yaml.Minimal + """
            summary: See [the log](file:///var/log/app.log) and <https://ok.example>.
            action_items:
              - id: A1
                action: Fix [it](JavaScript:void(0))
                owner: SRE
                due: 2026-04-01
                priority: P1
                tracker: "  vbscript:msgbox"
            appendices:
              documentation:
                - title: Runbook
                  url: wiki/runbook
            """;
        var result = Support.Yaml.Load(yaml);
        var warnings = result.Diagnostics.Where(d => d.Message.StartsWith("link target", StringComparison.Ordinal)).ToList();
        Assert.Equal([(8, "summary"), (11, "action_items[0].action"), (15, "action_items[0].tracker"), (19, "appendices.documentation[0].url")],
            warnings.Select(w => (w.Line, w.Path!)));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains("file:", warnings[0].Message);
        Assert.Contains("link_schemes: [file]", warnings[0].Hint);
        Assert.Contains("runs script", warnings[1].Message);
        Assert.Contains("has no scheme", warnings[3].Message);
    }

    [Theory]
    [InlineData("|")]
    [InlineData(">")]
    [InlineData("|-")]
    public void A_dangerous_target_inside_a_multi_line_value_is_warned_at_its_own_line_and_column(string indicator)
    {
        var yaml = Support.Yaml.Minimal + $$"""
            summary: {{indicator}}
              The checkout API slowed down.
              Escaped \# and {braces} come first, then the [runbook](https://wiki.example/rb) and

                the [fix](javascript:alert(1)) we shipped.
            lessons:
              went_well: [Alerting was fast]
            """;
        var warning = Assert.Single(Support.Yaml.Load(yaml).Diagnostics, d => d.Message.StartsWith("link target", StringComparison.Ordinal));
        // Line 8 holds "summary:"; the link is on line 12, its '[' in column 9 (the block is indented by two, this
        // line by two more). Before, every problem in the value pointed at 8:10.
        Assert.Equal((12, 9, "summary"), (warning.Line, warning.Column, warning.Path));
        Assert.Contains("runs script", warning.Message);
    }

    [Fact]
    public void A_dangerous_target_in_a_one_line_value_is_warned_at_its_column()
    {
        var warning = Assert.Single(Support.Yaml.Load(Support.Yaml.Minimal + "summary: See [it](javascript:x).\n").Diagnostics,
            d => d.Message.StartsWith("link target", StringComparison.Ordinal));
        Assert.Equal((8, 14), (warning.Line, warning.Column));
    }

    [Fact]
    public void Validation_knows_the_schemes_the_theme_allows()
    {
        var yaml = Support.Yaml.Minimal + "summary: See [the share](ftp://files.example/a).\n";
        Assert.Contains(Support.Yaml.Load(yaml).Diagnostics, d => d.Message.StartsWith("link target", StringComparison.Ordinal));
        Assert.DoesNotContain(Support.Yaml.Load(yaml, options: new LoadOptions { LinkSchemes = ["ftp"] }).Diagnostics,
            d => d.Message.StartsWith("link target", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Inline> Paragraph(ReportDocument doc) => doc.Blocks.OfType<ParagraphBlock>().First().Inlines;

    private static ReportDocument Build(Incident incident)
    {
        var result = LayoutTestKit.Build(incident);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Document!;
    }
}
