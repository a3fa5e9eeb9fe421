using System.Text;
using ReportGen.Core.Fingerprints;

namespace ReportGen.Core.Review;

/// <summary>The source hash of a review: the SHA-256 of its valid inputs' own SHA-256 hashes, sorted and one per line.
/// Sorting makes it independent of the order the files were named or found in; a changed, added or removed incident
/// file changes it. Files left out for errors are not part of it (the pack lists them instead).</summary>
public static class InputsHash
{
    /// <summary>The hash over <paramref name="incidents"/>, or null when any of them has no file hash.</summary>
    public static string? Of(IEnumerable<ReviewIncident> incidents)
    {
        var hashes = new List<string>();
        foreach (var incident in incidents)
        {
            if (incident.Source.Sha256 is not { } hash) return null;
            hashes.Add(hash);
        }
        hashes.Sort(StringComparer.Ordinal);
        var text = new StringBuilder(hashes.Count * 65);
        foreach (var hash in hashes) text.Append(hash).Append('\n');
        return ContentHash.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
