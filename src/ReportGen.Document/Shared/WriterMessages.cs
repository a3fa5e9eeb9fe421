using System.Globalization;

namespace ReportGen.Documents;

/// <summary>Warnings every writer words the same way, so a problem reads alike whatever the format.</summary>
public static class WriterMessages
{
    /// <summary>A block type the writer has no renderer for: it is left out, the rest of the document is written.</summary>
    public static string UnknownBlock(string format, Block block)
    {
        var where = block.SourceLine > 0
            ? " (Markdown line " + block.SourceLine.ToString(CultureInfo.InvariantCulture) + ")"
            : "";
        return $"the {format} writer cannot show a block of type {block.GetType().Name}{where}; it was left out and the rest was written";
    }

    /// <summary>An internal link to an anchor no heading or table row has: its text is shown without a link.</summary>
    public static string MissingAnchor(string url) => $"the link to '{url}' points at nothing in the report; it is written as plain text";

    /// <summary>A link whose address is not an absolute URI: its text is shown without a link.</summary>
    public static string InvalidLinkAddress(string url) => $"'{url}' is not a valid link address; it is written as plain text";
}
