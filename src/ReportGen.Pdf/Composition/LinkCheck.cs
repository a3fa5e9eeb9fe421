using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>Finds internal links whose anchor no heading or table row defines, and anchors defined twice.</summary>
internal static class LinkCheck
{
    public static IEnumerable<string> Problems(IReadOnlyList<RecordingCanvas> pages)
    {
        var commands = pages.SelectMany(p => p.Commands).ToList();
        var defined = commands.OfType<DestinationCommand>().GroupBy(d => d.Name, StringComparer.Ordinal).ToList();
        var names = defined.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in commands.OfType<DestinationLinkCommand>().Select(l => l.Name).Where(n => !names.Contains(n))
                     .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            yield return $"the link to '#{missing}' has no target in the document; it does nothing when clicked";
        foreach (var duplicate in defined.Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal))
            yield return $"the anchor '#{duplicate}' is defined more than once; links go to the first one";
    }
}
