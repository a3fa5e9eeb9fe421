namespace ReportGen.Core.Layouts;

/// <summary>Markdown a helper has already made safe (escaped or confined): the template writes it verbatim, where any
/// other value is escaped as plain text.</summary>
internal sealed record MarkdownFragment(string Text)
{
    /// <summary>Where the pieces of <see cref="Text"/> come from, when it is a partial's output (offsets in
    /// <see cref="Text"/>); null otherwise.</summary>
    public IReadOnlyList<OutputSources.Entry>? Sources { get; init; }

    /// <summary>The incident value the text shows whole (see <see cref="OutputSources.Entry.ValueId"/>), or -1.</summary>
    public int ValueId { get; init; } = -1;

    /// <summary>True when the value is written as blocks (see <see cref="OutputSources.Entry.IsBlock"/>).</summary>
    public bool IsBlock { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
