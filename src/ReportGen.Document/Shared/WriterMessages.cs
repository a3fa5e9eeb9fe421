namespace ReportGen.Document;

/// <summary>Warnings every writer words the same way, so a problem reads alike whatever the format.</summary>
public static class WriterMessages
{
    /// <summary>A block type the writer has no renderer for: it is left out, the rest of the document is written.</summary>
    /// <remarks>Where the block came from is the warning's place (<see cref="WriterWarning"/>), not part of its text.</remarks>
    public static string UnknownBlock(string format, Block block) =>
        $"the {format} writer cannot show a block of type {block.GetType().Name}; it was left out and the rest was written";

    /// <summary>An internal link to an anchor no heading or table row has: its text is shown without a link.</summary>
    public static string MissingAnchor(string url) => $"the link to '{url}' points at nothing in the report; it is written as plain text";

    /// <summary>A link whose address is not an absolute URI: its text is shown without a link.</summary>
    public static string InvalidLinkAddress(string url) => $"'{url}' is not a valid link address; it is written as plain text";
}
