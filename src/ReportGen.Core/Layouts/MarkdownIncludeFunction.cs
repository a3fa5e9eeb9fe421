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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Wrap(object? output) => output switch
    {
        null => null,
        MarkdownFragment f => f,
        string s => new MarkdownFragment(s),
        _ => output,
    };
}
