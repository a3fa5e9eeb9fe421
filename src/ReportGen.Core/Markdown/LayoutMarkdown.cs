using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>The second half of every build (a postmortem or a review): the layout's Markdown parsed (long tables in
/// pieces, so Markdig stays linear) and mapped to blocks, and the front matter applied to the settings.</summary>
internal static class LayoutMarkdown
{
    /// <summary>The blocks and settings of <paramref name="markdown"/>, or null when there are errors (they are added to
    /// <paramref name="diagnostics"/> with the problems found). <paramref name="createMapper"/> makes the mapper that
    /// reports to the given problems. With <paramref name="sources"/> (the render's side table over
    /// <paramref name="markdown"/>), blocks get their <see cref="Block.Origin"/> and problems point where their text
    /// came from.</summary>
    public static (IReadOnlyList<Block> Blocks, DocumentSettings Settings)? Map(string markdown, string markdownFile, string layoutName,
        string title, Func<MarkdownProblems, DocumentMapper> createMapper, List<Diagnostic> diagnostics, MarkdownSources? sources = null)
    {
        var (parsed, lines) = TableChunker.Split(markdown);
        var problems = new MarkdownProblems(markdownFile, layoutName, lines) { Sources = sources, Parsed = parsed };
        var ast = MarkdownPipelines.TryParse(parsed, problems);
        if (ast is null)
        {
            diagnostics.AddRange(problems.Items);
            return null;
        }
        TableChunker.Merge(ast, lines);
        var mapped = createMapper(problems).Map(ast);
        var settings = FrontMatterReader.Apply(new DocumentSettings { Title = title }, mapped.FrontMatter, mapped.FrontMatterLine, problems);
        diagnostics.AddRange(problems.Items);
        return diagnostics.Any(d => d.IsError) ? null : (mapped.Blocks, settings);
    }
}
