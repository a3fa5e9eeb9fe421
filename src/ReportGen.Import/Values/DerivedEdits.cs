using ReportGen.Document;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>Edits to the key figures the report derives from the incident: never imported, each reported with what to
/// edit instead (table cells: <see cref="TableCellEdits"/>).</summary>
internal static class DerivedEdits
{
    /// <summary>Where the default layout's key figures come from.</summary>
    private static readonly Dictionary<string, string> KeyFigureSources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Time to detect"] = "detected_at (or the first detection entry of the timeline) and started_at",
        ["Time to mitigate"] = "mitigated_at (or the last mitigation entry of the timeline) and started_at",
        ["Time to resolve"] = "resolved_at and started_at",
        ["Affected users"] = "impact.external.affected_users",
    };

    /// <summary>A warning for every key figure of <paramref name="document"/> the .docx shows differently.</summary>
    public static IEnumerable<string> Find(IReadOnlyList<Block> document, DocxValues docx, string docxName)
    {
        var figures = document.OfType<KeyFiguresBlock>().SelectMany(k => k.Figures).GroupBy(f => f.Label).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (label, value) in docx.KeyFigures)
        {
            if (!figures.TryGetValue(label, out var was) || Same(was, value)) continue;
            var source = KeyFigureSources.GetValueOrDefault(label, "the incident file");
            yield return $"{docxName}: warning: key figures, {label}: '{value}' was not imported: the '{label}' figure is computed from {source}; edit that instead";
        }
    }

    internal static bool Same(string a, string b) => OneSpaced.Of(a) == OneSpaced.Of(b);
}
