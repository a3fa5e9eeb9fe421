using System.Runtime.InteropServices;
using static ReportGen.Pdf.PdfFile.HarfBuzzSubsetApi;

namespace ReportGen.Pdf.PdfFile;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, so the PDF embeds kilobytes instead of the
/// whole font. Glyph ids are retained: text shaped against the full font draws unchanged with the
/// subset, which is what lets the writer shape once, collect the glyphs, and write glyph ids as they are.
/// </summary>
internal static class FontSubsetter
{
    // The text is already shaped when the subset is used, so the layout tables (and the glyph closure
    // over them, which would pull in every ligature and alternate reachable from the used glyphs) are
    // dead weight. Hinting is dropped too: PDF viewers scale outlines themselves. The cmap goes as well: the
    // PDF selects glyphs by id (CIDToGIDMap /Identity) and extraction reads the ToUnicode map.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "JSTF", "BASE", "morx", "kerx", "kern", "cmap"];

    /// <summary>
    /// Returns a font file containing only <paramref name="glyphIds"/> (plus glyph 0, the .notdef glyph)
    /// at their original ids, with the outline, metric and naming tables a PDF CIDFontType2 program needs.
    /// The same input always gives the same bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are not a font HarfBuzz can read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A glyph id is not in the font.</exception>
    /// <exception cref="InvalidOperationException">HarfBuzz could not build the subset.</exception>
    public static byte[] Subset(byte[] trueTypeFont, IReadOnlyCollection<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(trueTypeFont);
        ArgumentNullException.ThrowIfNull(glyphIds);
        if (trueTypeFont.Length == 0)
        {
            throw new ArgumentException("The font data is empty, not a TrueType/OpenType font.", nameof(trueTypeFont));
        }

        // Raw HarfBuzz handles rather than HarfBuzzSharp's Blob/Face: the blob duplicates the bytes, so no
        // managed memory is referenced by native code after this call returns.
        IntPtr blob = hb_blob_create_or_fail(trueTypeFont, (uint)trueTypeFont.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        if (blob == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a blob for the font.");
        }

        IntPtr face = hb_face_create(blob, 0);
        try
        {
            uint glyphCount = hb_face_get_glyph_count(face);
            if (glyphCount == 0)
            {
                throw new ArgumentException(
                    $"The {trueTypeFont.Length}-byte input is not a TrueType/OpenType font (no glyphs found).",
                    nameof(trueTypeFont));
            }

            return Subset(face, glyphIds);
        }
        finally
        {
            hb_face_destroy(face);
            hb_blob_destroy(blob);
        }
    }

    /// <summary>Subsets an already loaded HarfBuzz face (a <c>hb_face_t*</c>, immutable, shared by every render:
    /// HarfBuzz faces are safe to use from several threads). Saves copying and parsing the whole font per PDF.</summary>
    public static byte[] Subset(IntPtr face, IReadOnlyCollection<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(glyphIds);
        uint glyphCount = hb_face_get_glyph_count(face);
        foreach (ushort id in glyphIds)
        {
            if (id >= glyphCount)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(glyphIds), id, $"Glyph id {id} is not in the font, which has {glyphCount} glyphs.");
            }
        }

        return SubsetFace(face, glyphIds);
    }

    private static byte[] SubsetFace(IntPtr face, IReadOnlyCollection<ushort> glyphIds)
    {
        IntPtr input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        }

        try
        {
            IntPtr glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (ushort glyphId in glyphIds)
            {
                hb_set_add(glyphSet, glyphId);
            }

            IntPtr dropTables = hb_subset_input_set(input, SetDropTableTag);
            foreach (string table in DroppedTables)
            {
                hb_set_add(dropTables, Tag(table));
            }

            hb_subset_input_set_flags(input, FlagRetainGids | FlagNoHinting);
            return RunSubset(face, input);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static byte[] RunSubset(IntPtr face, IntPtr input)
    {
        IntPtr subsetFace = hb_subset_or_fail(face, input);
        if (subsetFace == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz failed to subset the font.");
        }

        try
        {
            IntPtr blob = hb_face_reference_blob(subsetFace);
            try
            {
                IntPtr data = hb_blob_get_data(blob, out uint length);
                if (data == IntPtr.Zero || length == 0)
                {
                    throw new InvalidOperationException("HarfBuzz produced an empty font subset.");
                }

                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
            }
        }
        finally
        {
            hb_face_destroy(subsetFace);
        }
    }
}
