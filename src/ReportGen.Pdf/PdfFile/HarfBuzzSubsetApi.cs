using System.Runtime.InteropServices;

namespace ReportGen.Pdf.PdfFile;

/// <summary>
/// P/Invoke declarations for the hb_subset API exported by the libHarfBuzzSharp native library that
/// HarfBuzzSharp.NativeAssets ships. HarfBuzzSharp itself wraps blobs and faces but not the subsetter.
/// All pointers are opaque HarfBuzz handles; ownership rules are noted per call.
/// </summary>
internal static class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t: keep every glyph at its original id (unused ones become empty).</summary>
    public const uint FlagRetainGids = 0x00000002;

    /// <summary>hb_subset_flags_t: drop TrueType hinting instructions (fpgm, prep, cvt and per-glyph code).</summary>
    public const uint FlagNoHinting = 0x00000001;

    /// <summary>hb_subset_sets_t: the set of table tags the subsetter drops.</summary>
    public const int SetDropTableTag = 3;

    /// <summary>hb_memory_mode_t: HarfBuzz copies the bytes at once, so the managed array need not outlive the call.</summary>
    public const int MemoryModeDuplicate = 0;

    /// <summary>Creates a blob (caller destroys it) holding a copy of <paramref name="data"/> (pinned only for the call).</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_blob_create_or_fail(byte[] data, uint length, int mode, IntPtr userData, IntPtr destroy);

    /// <summary>Creates a face (caller destroys it) for font <paramref name="index"/> of the blob; never null.</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern uint hb_face_get_glyph_count(IntPtr face);

    /// <summary>Returns a new input (caller destroys it) or null when out of memory.</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    /// <summary>Returns the glyph-id set owned by the input (do not destroy).</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    /// <summary>Returns one of the input's sets (owned by the input), chosen by an hb_subset_sets_t value.</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_set_add(IntPtr set, uint codepoint);

    /// <summary>Returns a new face (caller destroys it) or null when subsetting failed.</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_or_fail(IntPtr sourceFace, IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_face_destroy(IntPtr face);

    /// <summary>Serialises the face's tables into one font file blob (caller destroys it).</summary>
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_blob_destroy(IntPtr blob);

    /// <summary>Builds an OpenType table tag (big-endian four characters) as HB_TAG does.</summary>
    public static uint Tag(string fourCharacters) =>
        ((uint)fourCharacters[0] << 24) | ((uint)fourCharacters[1] << 16)
        | ((uint)fourCharacters[2] << 8) | fourCharacters[3];
}
