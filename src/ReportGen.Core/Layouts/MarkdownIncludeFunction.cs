using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Core.Layouts;

/// <summary>Scriban's <c>include</c>, with its output marked as Markdown: a partial is layout text, so it must not be
/// escaped again like a user value.</summary>
internal sealed class MarkdownIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(MarkdownFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban renders the partial into an output of its own: the places of its pieces travel with its text.
        var sources = (context as SandboxContext)?.Sources;
        var mark = sources?.FrameMark ?? 0;
        var output = include.Invoke(context, callerContext, arguments, blockStatement);
        return Wrap(output, sources?.TakeFrameAfter(mark));
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var sources = (context as SandboxContext)?.Sources;
        var mark = sources?.FrameMark ?? 0;
        var output = await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false);
        return Wrap(output, sources?.TakeFrameAfter(mark));
    }

    private static object? Wrap(object? output, IReadOnlyList<OutputSources.Entry>? sources) => output switch
    {
        null => null,
        MarkdownFragment f => f,
        string s => new MarkdownFragment(s) { Sources = sources is null ? null : Within(sources, s.Length) },
        _ => output,
    };

    /// <summary>The entries that fall inside the partial's text (a frame taken by mistake cannot point past it).</summary>
    private static IReadOnlyList<OutputSources.Entry> Within(IReadOnlyList<OutputSources.Entry> sources, int length) =>
        sources.Count == 0 || sources[^1].Start < length ? sources : sources.Where(e => e.Start < length).ToList();
}
