using System.Runtime.InteropServices;

namespace ReportGen.Pdf.Text;

/// <summary>A font file in native memory, where HarfBuzz (which keeps pointers into the data for a face's lifetime)
/// and the PDF writer read it. A shipped font is used where the runtime keeps the embedded resource, without a copy;
/// any other font is copied once and freed on <see cref="Dispose"/>.</summary>
internal sealed unsafe class FontBytes : IDisposable
{
    private readonly bool _owned;
    private IntPtr _pointer;

    private FontBytes(IntPtr pointer, int length, bool owned)
    {
        _pointer = pointer;
        Length = length;
        _owned = owned;
    }

    public IntPtr Pointer => _pointer;

    /// <summary>False for an embedded resource: its memory lives as long as the process, so it may be shared
    /// without a copy (Skia's typeface for PNG pages wraps it too).</summary>
    public bool Owned => _owned;
    public int Length { get; }
    public ReadOnlySpan<byte> Span => new((void*)_pointer, Length);

    public static FontBytes Copy(ReadOnlySpan<byte> data)
    {
        var memory = (IntPtr)NativeMemory.Alloc((nuint)Math.Max(1, data.Length));
        data.CopyTo(new Span<byte>((void*)memory, data.Length));
        return new FontBytes(memory, data.Length, owned: true);
    }

    /// <summary>An embedded resource: resources live in the loaded image for the whole process, and the runtime hands
    /// them out as a stream over that memory, so the font is read in place. Any other stream is copied.</summary>
    public static FontBytes FromResource(Stream stream)
    {
        if (stream is UnmanagedMemoryStream { Length: <= int.MaxValue } unmanaged && unmanaged.Position == 0)
            return new FontBytes((IntPtr)unmanaged.PositionPointer, (int)unmanaged.Length, owned: false);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Copy(bytes);
    }

    public void Dispose()
    {
        if (_owned && _pointer != IntPtr.Zero)
            NativeMemory.Free((void*)_pointer);
        _pointer = IntPtr.Zero;
    }
}
