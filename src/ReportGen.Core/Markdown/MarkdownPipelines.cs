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
}
