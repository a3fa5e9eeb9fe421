namespace ReportGen.Document.FileSystem;

/// <summary>How reading a file ended.</summary>
public enum FileReadStatus
{
    /// <summary>The bytes were read.</summary>
    Read,
    /// <summary>Nothing at that path.</summary>
    Missing,
    /// <summary>The path names a folder, pipe, device or socket (see <see cref="FileReadResult.Kind"/>): never opened.</summary>
    NotRegular,
    /// <summary>The file holds more than the limit (see <see cref="FileReadResult.Size"/>).</summary>
    TooLarge,
    /// <summary>The system refused (permissions, I/O error; see <see cref="FileReadResult.Error"/>).</summary>
    Unreadable,
}

/// <summary>A file as the file system knows it, whatever name leads to it: its device and inode number.</summary>
/// <param name="Device">The device (file system) holding the file.</param>
/// <param name="Inode">The file's number on that device.</param>
public readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <summary>What <see cref="RegularFile.Read"/> found.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Bytes">The content when <see cref="FileReadStatus.Read"/>.</param>
/// <param name="Kind">What the path names.</param>
/// <param name="Size">Bytes found: the file's size, or at least this many when it is too large.</param>
/// <param name="Error">The system's message when unreadable.</param>
public sealed record FileReadResult(FileReadStatus Status, byte[]? Bytes, FileKind Kind, long Size, string? Error);

/// <summary>Reads files a user names (incidents, figures, fonts, layout files) safely: only regular files are opened,
/// checked before opening, so a named pipe cannot block the process and a device cannot feed it forever; and every read
/// stops one byte past its limit, whatever size the file claimed.</summary>
public static class RegularFile
{
    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (NativeFileType.Of(path) is { } kind)
            return kind;
        // Windows (and systems the native call is missing on) has no pipes or devices at ordinary paths.
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>Which file <paramref name="path"/> is, following symbolic links: two paths with the same identity are one
    /// file, hard links included. Null when the path leads to nothing or the system cannot tell (Windows).</summary>
    public static FileIdentity? IdentityOf(string path) =>
        NativeFileType.Identity(path) is { } id ? new FileIdentity(id.Device, id.Inode) : null;

    /// <summary>Reads <paramref name="path"/> if it is a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    public static FileReadResult Read(string path, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var kind = KindOf(path);
        if (kind == FileKind.Missing)
            return new FileReadResult(FileReadStatus.Missing, null, kind, 0, null);
        if (kind != FileKind.Regular)
            return new FileReadResult(FileReadStatus.NotRegular, null, kind, 0, null);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (!stream.CanSeek) // replaced by a pipe between the check and the open
                return new FileReadResult(FileReadStatus.NotRegular, null, FileKind.Other, 0, null);
            var claimed = stream.Length;
            if (claimed > maxBytes)
                return new FileReadResult(FileReadStatus.TooLarge, null, kind, claimed, null);
            return ReadBounded(stream, claimed, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileReadResult(FileReadStatus.Unreadable, null, kind, 0, e.Message);
        }
    }

    /// <summary>Reads until the end, or until one byte past the limit: a file may grow while it is read, and some
    /// regular files (under /proc) claim a size of 0.</summary>
    private static FileReadResult ReadBounded(FileStream stream, long claimed, long maxBytes)
    {
        var cap = Math.Min(maxBytes, Array.MaxLength - 1L) + 1;
        var buffer = new byte[(int)Math.Min(cap, Math.Max(claimed + 1, 4096))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total >= cap) break;
                Array.Resize(ref buffer, (int)Math.Min(cap, (long)buffer.Length * 2));
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        if (total >= cap) // stopped at the cap, not at the end: over the limit (or over what one array holds)
            return new FileReadResult(FileReadStatus.TooLarge, null, FileKind.Regular, total, null);
        return new FileReadResult(FileReadStatus.Read, total == buffer.Length ? buffer : buffer[..total], FileKind.Regular, total, null);
    }
}
