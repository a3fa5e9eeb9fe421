using System.Globalization;
using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Inspection;

namespace ReportGen.Pdf;

/// <summary>Reads back what <c>reportgen verify</c> needs from a PDF: the source fingerprint it records, what was
/// appended after its original bytes (signatures, or something else), and where two files first differ.</summary>
public static class PdfReportInspection
{
    /// <summary>The fingerprint recorded in the XMP metadata (or, failing that, the document information) of
    /// <paramref name="pdf"/>, or null when it records none (not rendered by ReportGen from an incident file).</summary>
    public static SourceFingerprint? ReadFingerprint(ReadOnlySpan<byte> pdf)
    {
        var source = XmpValue(pdf, SourceFingerprint.Names.Source) ?? InfoValue(pdf, SourceFingerprint.Names.Source);
        var layout = XmpValue(pdf, SourceFingerprint.Names.Layout) ?? InfoValue(pdf, SourceFingerprint.Names.Layout);
        var version = XmpValue(pdf, SourceFingerprint.Names.Version) ?? InfoValue(pdf, SourceFingerprint.Names.Version);
        return source is null || layout is null || version is null ? null : new SourceFingerprint(source, layout, version);
    }

    /// <summary>Checks that everything after the first <paramref name="originalLength"/> bytes of
    /// <paramref name="file"/> is incremental updates that only sign the document's own signature fields (see
    /// <see cref="SignatureUpdateCheck"/> for exactly what is accepted). The caller has checked that those bytes are
    /// the original.</summary>
    public static AppendedSignatures CheckAppended(byte[] file, int originalLength)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (originalLength <= 0 || originalLength >= file.Length)
            throw new ArgumentOutOfRangeException(nameof(originalLength), "the original must be a proper prefix of the file");
        return SignatureUpdateCheck.Check(file, originalLength);
    }

    /// <summary>Where <paramref name="actual"/> first differs from <paramref name="expected"/> (a PDF we wrote), in
    /// words: <c>byte 51,234, inside object 37 (a page's content stream)</c>; null when one is a prefix of the other.</summary>
    public static string? DescribeFirstDifference(byte[] expected, byte[] actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var at = expected.AsSpan().CommonPrefixLength(actual);
        if (at >= Math.Min(expected.Length, actual.Length))
            return null;
        var where = string.Create(CultureInfo.InvariantCulture, $"byte {at:N0}");
        try
        {
            var revisions = PdfRevisions.Read(expected);
            var section = revisions.Sections[^1];
            var containing = section.Entries.Where(e => e.Value.Kind == XrefKind.InFile && e.Value.Offset <= at)
                .OrderByDescending(e => e.Value.Offset).Select(e => e.Key).FirstOrDefault();
            if (containing > 0 && revisions.Object(containing) is { } obj && at < obj.End)
                return where + string.Create(CultureInfo.InvariantCulture, $", inside object {containing} ({Describe(obj)})");
            return at >= section.Offset ? where + ", in the cross-reference table or trailer" : where;
        }
        catch (PdfSyntaxException)
        {
            return where;
        }
    }

    private static string Describe(PdfIndirectObject obj) => obj.Dictionary?.Name("Type") switch
    {
        "Page" => "a page",
        "Catalog" => "the document catalog",
        "Metadata" => "the XMP metadata",
        "Font" => "a font",
        "FontDescriptor" => "a font descriptor",
        "Annot" => "an annotation",
        "XObject" => "an image or form",
        { } type => "a /" + type + " object",
        null when obj.Value is PdfStream => "a content stream, font program or image data",
        null when obj.Dictionary?["Title"] is not null || obj.Dictionary?["Producer"] is not null => "the document information",
        null => "a dictionary or value",
    };

    private static string? XmpValue(ReadOnlySpan<byte> pdf, string name)
    {
        var open = Encoding.ASCII.GetBytes($"<{SourceFingerprint.XmpPrefix}:{name}>");
        var at = pdf.IndexOf(open);
        if (at < 0) return null;
        var rest = pdf[(at + open.Length)..];
        var end = rest.IndexOf((byte)'<');
        return end is > 0 and <= 200 ? Clean(Encoding.UTF8.GetString(rest[..end])) : null;
    }

    private static string? InfoValue(ReadOnlySpan<byte> pdf, string name)
    {
        var key = Encoding.ASCII.GetBytes($"/ReportGen{name}(");
        var at = pdf.IndexOf(key);
        if (at < 0) return null;
        var rest = pdf[(at + key.Length)..];
        var end = rest.IndexOf((byte)')');
        return end is > 0 and <= 200 ? Clean(Encoding.ASCII.GetString(rest[..end])) : null;
    }

    /// <summary>Only hex digits, dots and the like: a value is printed to the terminal.</summary>
    private static string? Clean(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+') ? value : null;
}
