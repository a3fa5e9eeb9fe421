using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Review;

/// <summary>Parses <c>review --format pdf,docx,md,png,csv</c>: the document formats render knows, plus <c>csv</c> for
/// the two tables.</summary>
internal static class ReviewFormats
{
    /// <summary>Names accepted on the command line.</summary>
    public const string Choices = "pdf, docx, md, png, csv";

    /// <summary>What is written when no --format is given: the PDF, the .docx and the CSV tables.</summary>
    public const string Default = "pdf,docx,csv";

    /// <summary>Splits the list into document formats (fixed order, duplicates collapsed) and the CSV choice.</summary>
    public static bool TryParse(IEnumerable<string> values, out IReadOnlyList<OutputFormat> formats, out bool csv, out string? error)
    {
        var list = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (list.Count == 0) list = [.. Default.Split(',')];
        csv = list.Any(v => v.Equals("csv", StringComparison.OrdinalIgnoreCase));
        var rest = list.Where(v => !v.Equals("csv", StringComparison.OrdinalIgnoreCase)).ToList();
        formats = [];
        error = null;
        if (rest.Count == 0) return true;
        if (!WriterRegistry.BuiltIn.TryParse(rest, out formats, out error))
        {
            error = error!.Replace(WriterRegistry.BuiltIn.Choices, Choices, StringComparison.Ordinal);
            return false;
        }
        return true;
    }
}
