namespace ReportGen.Cli.Rendering;

/// <summary>The files <c>render</c> can write for one incident.</summary>
internal enum OutputFormat { Pdf, Docx, Md, Png }

/// <summary>Parses <c>--format pdf,docx,md,png</c>.</summary>
internal static class OutputFormats
{
    /// <summary>The formats written when none is asked for.</summary>
    public static readonly IReadOnlyList<OutputFormat> Default = [OutputFormat.Pdf, OutputFormat.Docx];

    /// <summary>Names accepted on the command line.</summary>
    public const string Choices = "pdf, docx, md, png";

    /// <summary>Parses a comma-separated list (repeatable option values are joined first); duplicates collapse and
    /// the order is fixed so output does not depend on how the list was typed.</summary>
    public static bool TryParse(IEnumerable<string> values, out IReadOnlyList<OutputFormat> formats, out string? error)
    {
        var set = new SortedSet<OutputFormat>();
        error = null;
        foreach (var raw in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<OutputFormat>(raw, ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(raw, out _))
                set.Add(f);
            else
                error = $"unknown format '{raw}'; expected one or more of: {Choices}";
        }
        formats = set.Count == 0 ? Default : set.ToList();
        return error is null;
    }

    /// <summary>The file extension (without dot) of a single-file format.</summary>
    public static string Extension(this OutputFormat format) => format.ToString().ToLowerInvariant();
}
