namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// A parsed PDF object value with the byte range it came from, so an unchanged value can be copied
/// into an incremental update verbatim (no re-serialisation that could alter strings or numbers).
/// </summary>
internal abstract record PdfValue(int Start, int End);

/// <summary>An integer or real number.</summary>
internal sealed record PdfNumber(double Value, int Start, int End) : PdfValue(Start, End);

/// <summary>A name such as /Type, with #xx escapes decoded.</summary>
internal sealed record PdfName(string Value, int Start, int End) : PdfValue(Start, End);

/// <summary>An indirect reference "n g R".</summary>
internal sealed record PdfReference(int Number, int Generation, int Start, int End) : PdfValue(Start, End);

/// <summary>An array of values.</summary>
internal sealed record PdfArray(IReadOnlyList<PdfValue> Items, int Start, int End) : PdfValue(Start, End);

/// <summary>A dictionary; entries keep file order so a rewritten copy stays faithful.</summary>
internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<PdfName, PdfValue>> Entries, int Start, int End)
    : PdfValue(Start, End)
{
    /// <summary>The value for a key (without the slash), or null when absent.</summary>
    public PdfValue? this[string key] =>
        Entries.FirstOrDefault(entry => entry.Key.Value == key).Value;
}

/// <summary>Any other value (strings, booleans, null) that this post-pass only ever copies.</summary>
internal sealed record PdfOpaque(int Start, int End) : PdfValue(Start, End);
