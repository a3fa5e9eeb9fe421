using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ReportGen.Document;
using ReportGen.Docx.Packaging;

namespace ReportGen.Docx;

/// <summary>Reads back what <c>reportgen verify</c> needs from a .docx: the source fingerprint in its custom
/// properties, and which parts of the package differ from another package.</summary>
public static class DocxReportInspection
{
    /// <summary>Largest part read when comparing packages (a hostile zip cannot inflate without bound).</summary>
    private const long MaxPartBytes = 256L * 1024 * 1024;

    /// <summary>The fingerprint in <c>docProps/custom.xml</c>, or null when the file is not a package or records none.</summary>
    public static SourceFingerprint? ReadFingerprint(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("docProps/custom.xml") is not { } entry || entry.Length > 1024 * 1024)
                return null;
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            var values = xml.Root?.Elements().Where(e => e.Name.LocalName == "property")
                .Select(p => ((string?)p.Attribute("name") ?? "", p.Value))
                .Where(p => p.Item1.StartsWith(CustomProperties.NamePrefix, StringComparison.Ordinal))
                .GroupBy(p => p.Item1[CustomProperties.NamePrefix.Length..], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal) ?? [];
            return values.TryGetValue(SourceFingerprint.Names.Source, out var source)
                   && values.TryGetValue(SourceFingerprint.Names.Layout, out var layout)
                   && values.TryGetValue(SourceFingerprint.Names.Version, out var version)
                ? new SourceFingerprint(source.Trim(), layout.Trim(), version.Trim()) : null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    /// <summary>The parts whose content differs between two packages: changed, only in <paramref name="actual"/>
    /// (added) or only in <paramref name="expected"/> (removed), each sorted. Null when <paramref name="actual"/> is
    /// not a zip package at all. Parts are compared by content, so a package that was only re-zipped has none.</summary>
    public static PackageDifferences? Compare(byte[] expected, byte[] actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        try
        {
            var want = Parts(expected);
            var have = Parts(actual);
            return new PackageDifferences(
                [.. want.Keys.Intersect(have.Keys).Where(k => !want[k].AsSpan().SequenceEqual(have[k])).Order(StringComparer.Ordinal)],
                [.. have.Keys.Except(want.Keys).Order(StringComparer.Ordinal)],
                [.. want.Keys.Except(have.Keys).Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static Dictionary<string, byte[]> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > MaxPartBytes)
                throw new InvalidDataException($"the part {entry.FullName} is larger than {MaxPartBytes / (1024 * 1024)} MiB");
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }
        return parts;
    }
}

/// <summary>How two .docx packages differ, by part name.</summary>
/// <param name="Changed">Parts in both whose content differs.</param>
/// <param name="Added">Parts only in the file checked.</param>
/// <param name="Removed">Parts only in the package rendered.</param>
public sealed record PackageDifferences(IReadOnlyList<string> Changed, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>True when no part differs.</summary>
    public bool None => Changed.Count == 0 && Added.Count == 0 && Removed.Count == 0;
}
