using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Layouts;

/// <summary>A record of the template model that knows the YAML node it was read from: reading one of its keys tells
/// the render's <see cref="OutputSources"/>, so the value the layout writes next is traced to its line in the incident
/// file. Nothing is added to the values themselves (the Markdown never holds a marker). Scriban's reflection import of
/// a subclass's members is turned off: it would cost a reflection walk per record, and layouts see only the keys.</summary>
internal sealed class SourcedObject(YNode node, int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false, StringComparer.Ordinal)
{
    /// <summary>The mapping (or, for a record written as text, the scalar) the record was read from.</summary>
    public YNode Node { get; } = node;

    /// <inheritdoc/>
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (context is SandboxContext sandbox) sandbox.Sources.Read(Node, member);
        return base.TryGetValue(context, span, member, out value);
    }
}
