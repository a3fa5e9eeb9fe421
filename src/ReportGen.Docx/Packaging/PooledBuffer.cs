using System.Buffers;

namespace ReportGen.Docx.Packaging;

/// <summary>A write-only stream into an array rented from the shared pool, reused for every part of one package
/// (a part is written whole before it is compressed; see <see cref="DeterministicZip"/>), given back by <see cref="Release"/>.</summary>
internal sealed class PooledBuffer : Stream
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    /// <summary>The bytes written since the last <see cref="SetLength"/>.</summary>
    public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _length);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + buffer.Length));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
        buffer.CopyTo(_array.AsSpan(_length));
        _length += buffer.Length;
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Only 0: forgets what was written, keeping the array.</summary>
    public override void SetLength(long value) =>
        _length = value == 0 ? 0 : throw new NotSupportedException("a pooled buffer is only ever emptied");

    /// <inheritdoc/>
    public override bool CanRead => false;
    /// <inheritdoc/>
    public override bool CanSeek => false;
    /// <inheritdoc/>
    public override bool CanWrite => true;
    /// <inheritdoc/>
    public override long Length => _length;
    /// <inheritdoc/>
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    /// <inheritdoc/>
    public override void Flush() { }
    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <summary>Gives the array back to the pool; the buffer is not used afterwards.</summary>
    public void Release()
    {
        if (_array.Length > 0)
            ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    /// <summary>Does not release the array: the SDK's part writer closes the stream it saves into, and the buffer
    /// serves the next part. <see cref="Release"/> does.</summary>
    protected override void Dispose(bool disposing) { }
}
