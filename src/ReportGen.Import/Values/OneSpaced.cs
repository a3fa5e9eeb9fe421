namespace ReportGen.Import.Values;

/// <summary>Text compared or read as a reader sees it: Word and LibreOffice may break, pad or re-space a cell's text, so
/// runs of white space count as one space and the ends are trimmed.</summary>
internal static class OneSpaced
{
    /// <summary><paramref name="text"/> with each run of white space as one space, trimmed.</summary>
    public static string Of(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
