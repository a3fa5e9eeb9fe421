using System.Collections;
using System.Numerics;

namespace ReportGen.Core.Layouts;

/// <summary>The entries of one output of a render (<see cref="OutputSources"/>), in write order. Kept in chunks that
/// are never copied: 8, 16, 32, 64, 128 and 256 entries, then 256 each. A list grown by doubling allocated about twice
/// its final size in arrays it then dropped (~80 KiB per typical report for ~700 writes); this allocates at most one
/// partly filled chunk more than it holds. One per output; used by the render's thread only.</summary>
internal sealed class OutputEntries : IReadOnlyList<OutputSources.Entry>
{
    /// <summary>Size of the first chunk; each next one doubles up to <see cref="LastChunk"/>.</summary>
    private const int FirstChunk = 8;

    /// <summary>Size of every chunk from the sixth on.</summary>
    private const int LastChunk = 256;

    /// <summary>Entries held by the growing chunks (8 + 16 + … + 256).</summary>
    private const int Growing = 2 * LastChunk - FirstChunk;

    /// <summary>How many chunks grow before they stay at <see cref="LastChunk"/>.</summary>
    private const int GrowingChunks = 6;

    private OutputSources.Entry[][] _chunks = new OutputSources.Entry[GrowingChunks][];

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="entry"/> after the others.</summary>
    public void Add(OutputSources.Entry entry)
    {
        var (chunk, at) = Locate(Count);
        if (at == 0)
        {
            if (chunk == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
            _chunks[chunk] = new OutputSources.Entry[chunk < GrowingChunks ? FirstChunk << chunk : LastChunk];
        }
        _chunks[chunk][at] = entry;
        Count++;
    }

    /// <inheritdoc/>
    public OutputSources.Entry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var (chunk, at) = Locate(index);
            return _chunks[chunk][at];
        }
    }

    /// <summary>The chunk holding entry <paramref name="index"/> and the entry's place in it.</summary>
    private static (int Chunk, int At) Locate(int index)
    {
        if (index >= Growing) return (GrowingChunks + (index - Growing) / LastChunk, (index - Growing) % LastChunk);
        var chunk = BitOperations.Log2((uint)(index / FirstChunk + 1));
        return (chunk, index - FirstChunk * ((1 << chunk) - 1));
    }

    /// <inheritdoc/>
    public IEnumerator<OutputSources.Entry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
