using DocumentFormat.OpenXml;

namespace ReportGen.Docx.Packaging;

/// <summary>The saved bytes of a part that depends on a few inputs only (the styles: theme, language, text width), kept
/// by one <see cref="DocxWriter"/> for the last inputs seen, so a batch that shares a layout builds and serialises the
/// part once instead of once per document. The entry is immutable and swapped whole, so threads writing at the same
/// time at worst build the part twice; a key is matched by reference for its theme, by value for the rest.</summary>
internal sealed class PartCache<TKey>(Func<TKey, OpenXmlPartRootElement> build, Func<TKey, TKey, bool> same)
{
    private Entry? _last;

    /// <summary>The part's bytes for <paramref name="key"/>, as <see cref="OpenXmlPartRootElement.Save(Stream)"/> writes them.</summary>
    public byte[] Get(TKey key)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && same(last.Key, key))
            return last.Bytes;
        using var buffer = new MemoryStream();
        build(key).Save(buffer);
        var bytes = buffer.ToArray();
        Volatile.Write(ref _last, new Entry(key, bytes));
        return bytes;
    }

    private sealed record Entry(TKey Key, byte[] Bytes);
}
