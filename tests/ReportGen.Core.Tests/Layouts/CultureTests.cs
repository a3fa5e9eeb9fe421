using System.Globalization;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The machine's locale never shows in a report or a message: Hijri or Buddhist calendars, "März", a Turkish
/// dotted İ, decimal commas. Everything Core writes (Markdown, Document text, diagnostics) is the same under any
/// culture as under the invariant one.</summary>
public class CultureTests
{
    public static TheoryData<string> Cultures => new("ar-SA", "th-TH", "de-DE", "tr-TR", "fa-IR", "ja-JP", "hi-IN");

    /// <summary>A layout using the Scriban built-ins whose output could depend on a culture, and numbers.</summary>
    private static readonly (string, string) CultureLayout = ("report.md.sbn", """
        # {{ 'istanbul incident' | string.capitalize }}

        {{ 1234.5 }} {{ 0.25 * 3 }} {{ incident.started_at }} {{ format.datetime incident.started_at }} {{ format.duration figures.duration }}
        {{ 'I' | string.downcase }} {{ ['b', 'a'] | array.sort | array.join ',' }} {{ 'i' | string.upcase }} {{ 1.5 | math.format 'N2' }}

        """);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Reports_and_messages_do_not_depend_on_the_current_culture(string culture)
    {
        var layouts = (LayoutTestKit.Load(CultureLayout), LayoutTestKit.Load(("report.md.sbn", "{{ while true }}x{{ end }}")));
        var expected = Everything(layouts);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var actual = Everything(layouts);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>The Markdown, the Document's text and every message of: each example, an incident with date warnings,
    /// and a layout using culture-sensitive built-ins.</summary>
    private static List<string> Everything((ReportGen.Core.Layouts.ReportLayout Builtins, ReportGen.Core.Layouts.ReportLayout Runaway) layouts)
    {
        var output = new List<string>();
        foreach (var example in Directory.GetFiles(RepoPaths.Examples, "*.yaml").Order(StringComparer.Ordinal))
            Add(output, new ReportBuilder(LayoutTestKit.Default).Build(IncidentLoader.Load(example)));

        var dated = Yaml.Minimal + """
            postmortem_date: 2026-03-17
            resolved_at: 2026-03-14T09:00:00+05:30
            action_items:
              - id: A1
                action: Fix it
                owner: SRE
                due: 2026-03-02
                priority: P1
            """;
        var loaded = Yaml.Load(dated);
        output.AddRange(loaded.Diagnostics.Select(d => d.ToString()));
        Add(output, new ReportBuilder(LayoutTestKit.Default).Build(loaded));

        var full = TestIncidents.Full();
        Add(output, LayoutTestKit.Build(full, layouts.Builtins));
        Add(output, LayoutTestKit.Build(full, layouts.Runaway));
        return output;
    }

    private static void Add(List<string> output, BuildResult result)
    {
        output.Add(result.Markdown ?? "(no Markdown)");
        output.AddRange(result.Diagnostics.Select(d => d.ToString()));
        if (result.Document is { } doc)
            output.Add(string.Join("\n", Markdown.DocumentQuery.AllBlocks(doc.Blocks).Select(b => b switch
            {
                HeadingBlock h => Inlines.PlainText(h.Inlines),
                ParagraphBlock p => Inlines.PlainText(p.Inlines),
                KeyFiguresBlock k => string.Join(", ", k.Figures.Select(f => f.Label + ": " + f.Value)),
                _ => b.GetType().Name,
            })));
    }
}
