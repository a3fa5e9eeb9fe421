namespace ReportGen.Core.Layouts;

/// <summary>Markdown a helper has already made safe (escaped or confined): the template writes it verbatim, where any
/// other value is escaped as plain text.</summary>
internal sealed record MarkdownFragment(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
