namespace ReportGen.Core.Layouts;

/// <summary>Markdown a helper has already made safe (escaped or confined): the template writes it verbatim, where any
/// other value is escaped as plain text.</summary>
internal sealed record MarkdownFragment(string Text)
{
    /// <summary>Where the pieces of <see cref="Text"/> come from, when it is a partial's output (offsets in
    /// <see cref="Text"/>); null otherwise.</summary>
    public IReadOnlyList<OutputSources.Entry>? Sources { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
