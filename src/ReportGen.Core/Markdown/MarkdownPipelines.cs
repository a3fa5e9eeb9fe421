using Markdig;
using Markdig.Extensions.Tables;

namespace ReportGen.Core.Markdown;

/// <summary>The one Markdig pipeline layouts are parsed with: CommonMark plus front matter, pipe tables, <c>:::</c>
/// containers and <c>{.class}</c> attributes. A built pipeline is immutable, so one instance serves every thread.</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Report { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    /// <summary>Parses the layout's Markdown; null with an error when Markdig refuses it (it stops at 128 levels of
    /// nested blocks, or about 10,000 open emphasis and link marks in one paragraph, by throwing).</summary>
    public static Markdig.Syntax.MarkdownDocument? TryParse(string markdown, MarkdownProblems problems)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Report);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            problems.Error(0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the Markdown nests blocks (lists, quotes, ::: containers) more than {Report.MaximumNestingDepth} levels deep, or holds a paragraph or table with about 10,000 emphasis or link marks; the Markdown parser stops there"));
            return null;
        }
    }
}
