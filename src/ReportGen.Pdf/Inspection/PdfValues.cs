using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.Inspection;

/// <summary>A PDF object value as read back from a file (ISO 32000-1 §7.3), for inspecting files we wrote and what
/// others appended to them. <see cref="SameAs"/> compares meaning, not spelling: <c>/Rect[1 2 3 4]</c> and
/// <c>/Rect [1.0 2 3 4 ]</c> are the same.</summary>
internal abstract record PdfValue
{
    /// <summary>True when both values mean the same PDF object.</summary>
    public abstract bool SameAs(PdfValue? other);
}

internal sealed record PdfNull : PdfValue
{
    public static readonly PdfNull Instance = new();
    public override bool SameAs(PdfValue? other) => other is PdfNull;
}

internal sealed record PdfBoolean(bool Value) : PdfValue
{
    public override bool SameAs(PdfValue? other) => other is PdfBoolean b && b.Value == Value;
}

internal sealed record PdfNumber(double Value) : PdfValue
{
    public override bool SameAs(PdfValue? other) => other is PdfNumber n && Math.Abs(n.Value - Value) < 1e-6;
    public long AsLong => (long)Value;
}

internal sealed record PdfName(string Value) : PdfValue
{
    public override bool SameAs(PdfValue? other) => other is PdfName n && n.Value == Value;
}

/// <summary>A string's bytes (literal or hex form decoded).</summary>
internal sealed record PdfString(byte[] Bytes) : PdfValue
{
    public override bool SameAs(PdfValue? other) => other is PdfString s && s.Bytes.AsSpan().SequenceEqual(Bytes);

    /// <summary>The string as text: UTF-16BE with a byte order mark, UTF-8 with one, or else PDFDocEncoding, read
    /// here as Latin-1 (they differ only in a few punctuation marks).</summary>
    public string Text
    {
        get
        {
            if (Bytes is [0xFE, 0xFF, ..])
                return Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2);
            if (Bytes is [0xEF, 0xBB, 0xBF, ..])
                return Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3);
            return Encoding.Latin1.GetString(Bytes);
        }
    }
}

internal sealed record PdfReference(int Number, int Generation) : PdfValue
{
    public override bool SameAs(PdfValue? other) => other is PdfReference r && r.Number == Number && r.Generation == Generation;
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue
{
    public override bool SameAs(PdfValue? other)
    {
        if (other is not PdfArray a || a.Items.Count != Items.Count)
            return false;
        for (var i = 0; i < Items.Count; i++)
            if (!Items[i].SameAs(a.Items[i]))
                return false;
        return true;
    }
}

internal sealed record PdfDictionary(IReadOnlyDictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.TryGetValue(key, out var v) ? v : null;

    public string? Name(string key) => this[key] is PdfName n ? n.Value : null;

    public override bool SameAs(PdfValue? other) =>
        other is PdfDictionary d && d.Entries.Count == Entries.Count && Entries.All(e => e.Value.SameAs(d[e.Key]));

    /// <summary>The keys whose values differ between this dictionary and <paramref name="other"/> (added, removed or
    /// changed), in ordinal order.</summary>
    public IEnumerable<string> ChangedKeys(PdfDictionary other) =>
        Entries.Keys.Union(other.Entries.Keys).Where(k => !(this[k]?.SameAs(other[k]) ?? other[k] is null)).Order(StringComparer.Ordinal);
}

/// <summary>A stream: its dictionary and where its data lies in the file.</summary>
internal sealed record PdfStream(PdfDictionary Dictionary, int DataStart, int DataLength) : PdfValue
{
    public override bool SameAs(PdfValue? other) =>
        other is PdfStream s && s.Dictionary.SameAs(Dictionary) && s.DataLength == DataLength;
}

/// <summary>An indirect object (<c>N G obj … endobj</c>) and where it starts and ends in the file.</summary>
internal sealed record PdfIndirectObject(int Number, int Generation, PdfValue Value, int Start, int End)
{
    public PdfDictionary? Dictionary => Value switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };
}

/// <summary>The file is not the PDF syntax expected at this point.</summary>
internal sealed class PdfSyntaxException(string message, int offset)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"{message} at byte {offset}"))
{
    public int Offset => offset;
}
