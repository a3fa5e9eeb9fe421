namespace ReportGen.Document.FileSystem;

/// <summary>What a path names once symbolic links are followed. Only <see cref="Regular"/> files are ever opened:
/// opening a named pipe blocks until another process writes to it, and a device such as /dev/zero never ends.</summary>
public enum FileKind
{
    /// <summary>Nothing at that path (or a dangling link).</summary>
    Missing,
    /// <summary>An ordinary file.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,
    /// <summary>A character device (/dev/zero, /dev/urandom, a terminal).</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A Unix domain socket.</summary>
    Socket,
    /// <summary>Something else the system reports.</summary>
    Other,
}

/// <summary>Words for a <see cref="FileKind"/> in messages.</summary>
public static class FileKinds
{
    /// <summary>"a named pipe (FIFO)", "a character device", ... for "it is {0}, not a regular file".</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };
}
