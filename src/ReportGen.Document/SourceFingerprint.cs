namespace ReportGen.Document;

/// <summary>Where a report came from: the SHA-256 of the incident file's bytes, the SHA-256 of the layout (every file
/// of it, see <c>ContentHash.OfFiles</c> in ReportGen.Core) and the version of ReportGen that rendered it. Writers
/// record it in the output's metadata (PDF XMP and document information, .docx custom properties) and print
/// <see cref="ShortSource"/> in the footer, so a printed page still names its source. <c>reportgen verify</c> reads
/// it back to say why a report differs.</summary>
/// <param name="SourceSha256">Lower-case hex SHA-256 of the incident file as read (64 digits).</param>
/// <param name="LayoutSha256">Lower-case hex SHA-256 of the layout's files (64 digits).</param>
/// <param name="Version">ReportGen's version, e.g. <c>0.1.0</c> (no build metadata, so every build of one version
/// writes the same bytes).</param>
public sealed record SourceFingerprint(string SourceSha256, string LayoutSha256, string Version)
{
    /// <summary>Digits of the source hash printed in the footer: enough to tell files apart by eye (48 bits).</summary>
    public const int ShortLength = 12;

    /// <summary>The XMP namespace of the fingerprint properties in a PDF.</summary>
    public const string XmpNamespace = "https://reportgen.dev/ns/source/1.0/";

    /// <summary>The prefix of <see cref="XmpNamespace"/> in the XMP packet.</summary>
    public const string XmpPrefix = "reportgen";

    /// <summary>Property names, the same in the PDF's XMP (<c>reportgen:SourceSha256</c>), its document information
    /// (<c>/ReportGenSourceSha256</c>) and the .docx custom properties (<c>ReportGen.SourceSha256</c>).</summary>
    public static class Names
    {
        /// <summary>The incident file's hash.</summary>
        public const string Source = "SourceSha256";
        /// <summary>The layout's hash.</summary>
        public const string Layout = "LayoutSha256";
        /// <summary>ReportGen's version.</summary>
        public const string Version = "Version";
    }

    /// <summary>The first <see cref="ShortLength"/> hex digits of the source hash, as the footer prints them.</summary>
    public string ShortSource => SourceSha256.Length <= ShortLength ? SourceSha256 : SourceSha256[..ShortLength];

    /// <summary>The footer's small print: <c>Source 3f2a9c1b7e04 · ReportGen 0.1.0</c>.</summary>
    public string SmallPrint => $"Source {ShortSource} \u00B7 ReportGen {Version}";

    /// <summary>The three values by name, in a fixed order (for writers that store name/value pairs).</summary>
    public IEnumerable<(string Name, string Value)> Properties =>
        [(Names.Source, SourceSha256), (Names.Layout, LayoutSha256), (Names.Version, Version)];
}
