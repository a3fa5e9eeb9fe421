using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Core.Fingerprints;

/// <summary>The SHA-256 hashes a fingerprint is made of, as lower-case hex. Reusable for any set of inputs (an
/// incident file, a layout folder, the incidents of a review).</summary>
public static class ContentHash
{
    /// <summary>The SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of a set of files, independent of the order given and of where the folder lives: files
    /// are taken in ordinal order of their relative path (forward slashes), and each adds its path's UTF-8 bytes, a
    /// zero byte, its length as 8 bytes big-endian and its bytes. The lengths make the encoding unambiguous (no two
    /// different sets hash the same bytes), so renaming a file or moving bytes between files changes the hash.</summary>
    /// <exception cref="ArgumentException">Two files have the same path.</exception>
    public static string OfFiles(IEnumerable<(string Path, ReadOnlyMemory<byte> Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        string? previous = null;
        foreach (var (path, bytes) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (previous == path)
                throw new ArgumentException($"the file '{path}' is listed twice", nameof(files));
            previous = path;
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            BinaryPrimitives.WriteInt64BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes.Span);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
