using System.Diagnostics;
using Markdig;
using Markdig.Syntax;
using ReportGen.Core.Model;

namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>The sections a report must have, read from the incident (which parts it fills in), and the sections a
/// rendered report does have: the headings of the .md output, and the section titles pdftotext finds in the PDF.</summary>
internal static class ReportSections
{
    /// <summary>Every second-level section title the built-in layout can write, in report order.</summary>
    public static readonly string[] AllTopLevel =
        ["Incident summary", "Timeline", "Impact", "Root cause analysis", "Lessons learned", "Action items", "Prevention measures", "Appendices", "Sign-off"];

    /// <summary>"## Title" and "### Title" lines the incident calls for, in order.</summary>
    public static List<string> Expected(Incident incident)
    {
        var s = new List<string> { "## Incident summary", "## Timeline" };
        if (incident.Impact is { } m)
        {
            s.Add("## Impact");
            if (m.External is not null) s.Add("### External impact");
            if (m.Internal is not null) s.Add("### Internal impact");
            if (m.Metrics is not null) s.Add("### Metrics");
        }
        if (incident.RootCause is { } rc)
        {
            s.AddRange(["## Root cause analysis", "### What happened", "### Immediate cause"]);
            if (rc.ContributingFactors.Count > 0) s.Add("### Contributing factors");
            if (rc.SystemicIssues.Count > 0) s.Add("### Systemic issues");
            if (rc.WhyNotCaught is not null) s.Add("### Why it wasn't caught");
        }
        if (incident.Lessons is { } l)
        {
            s.Add("## Lessons learned");
            if (l.WentWell.Count > 0) s.Add("### What went well");
            if (l.CouldImprove.Count > 0) s.Add("### What could be improved");
        }
        if (incident.ActionItems.Count > 0) s.Add("## Action items");
        if (incident.Prevention is { } p)
        {
            s.Add("## Prevention measures");
            if (p.ShortTerm.Count > 0) s.Add("### Short-term");
            if (p.LongTerm.Count > 0) s.Add("### Long-term");
        }
        if (incident.Appendices is { } x)
        {
            s.Add("## Appendices");
            if (x.Snippets.Count > 0) s.Add("### Configuration and code");
            if (x.MonitoringGaps.Count > 0) s.Add("### Monitoring gaps");
            if (x.Documentation.Count > 0) s.Add("### Documentation");
        }
        if (incident.SignOff is { } o && (o.FacilitatedBy is not null || o.ReviewedBy.Count > 0)) s.Add("## Sign-off");
        return s;
    }

    /// <summary>Level 2 and 3 headings of a Markdown report, as "## Title" lines (attributes such as {.x} dropped).</summary>
    public static List<string> InMarkdown(string markdown)
    {
        var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseCustomContainers().UseGenericAttributes().Build();
        var document = Markdown.Parse(markdown, pipeline);
        return document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new string('#', h.Level) + " " + Plain(h))
            .ToList();
    }

    /// <summary>How many first-level headings a Markdown report has (the title is the only one it may have).</summary>
    public static int TopHeadings(string markdown)
    {
        var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseCustomContainers().UseGenericAttributes().Build();
        return Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Count(h => h.Level == 1);
    }

    /// <summary>The top-level section titles found as whole lines of the PDF's text, after its table of contents.</summary>
    public static List<string> InPdf(string pdfPath)
    {
        using var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", [pdfPath, "-"]) { RedirectStandardOutput = true })!;
        var text = pdftotext.StandardOutput.ReadToEnd();
        pdftotext.WaitForExit();
        var titles = text.Split('\n').Select(l => l.Trim()).Where(l => AllTopLevel.Contains(l)).ToList();
        // "Incident summary" opens the body; the table of contents then lists every section once; the body follows.
        var tocEnd = titles.IndexOf("Timeline");
        return tocEnd < 0 ? titles : ["Incident summary", .. titles.Skip(tocEnd + 1).SkipWhile(t => t != "Timeline")];
    }

    private static string Plain(HeadingBlock heading)
    {
        var text = heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
        return text.Trim();
    }
}
