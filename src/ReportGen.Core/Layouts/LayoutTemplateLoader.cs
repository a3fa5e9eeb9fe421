using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Core.Layouts;

/// <summary>Serves <c>include</c> from the layout's own templates, parsed once at load time. Any other name (absolute,
/// <c>..</c>, missing) is a layout error: templates never reach the file system.</summary>
internal sealed class LayoutTemplateLoader(IReadOnlyDictionary<string, Template> templates) : ITemplateLoader
{
    /// <summary>Puts the pre-parsed templates into a context's cache so include does not parse again.</summary>
    public void Prime(TemplateContext context)
    {
        foreach (var (path, template) in templates)
            context.CachedTemplates[path] = template;
    }

    /// <inheritdoc/>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = LayoutFiles.Normalise(templateName ?? "");
        if (path is null || !templates.ContainsKey(path))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}': no such template in the layout folder (a layout may include only its own .sbn files, by a path relative to the folder)");
        return path;
    }

    /// <inheritdoc/>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}': template not loaded");

    /// <inheritdoc/>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
