using System.Runtime.InteropServices;

namespace ReportGen.Document.FileSystem;

/// <summary>Asks the operating system for a path's file type (and, for telling hard links apart, its identity). .NET has no public API for it before .NET 11
/// (FileInfo.Attributes, File.GetAttributes and UnixFileMode all report a FIFO and /dev/zero as "Normal"), so this calls
/// <c>statx</c> (Linux, whose buffer layout is the same on every architecture) or <c>stat</c> (macOS, st_mode at byte
/// 4 in the 64-bit-inode layout). Both follow symbolic links. Returns null where neither is available (Windows, an
/// old C library), and the caller falls back to what .NET can tell.</summary>
internal static class NativeFileType
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const uint StatxInode = 0x100;
    private const int StatxInodeOffset = 32;
    private const int StatxDeviceMajorOffset = 136; // then the minor number, at 140
    private const int MacInodeOffset = 8; // st_dev, a 32-bit number, is at 0
    private const int StatxModeOffset = 28;
    private const int MacModeOffset = 4;
    private const int TypeMask = 0xF000;
    private static volatile bool _unavailable;

    /// <summary>The kind of <paramref name="path"/>, or null when the system cannot be asked.</summary>
    public static FileKind? Of(string path)
    {
        if (_unavailable || OperatingSystem.IsWindows())
            return null;
        var buffer = new byte[256];
        try
        {
            int rc, mode;
            if (OperatingSystem.IsLinux())
            {
                rc = Statx(AtCurrentDirectory, path, 0, StatxType, buffer);
                mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
            }
            else if (OperatingSystem.IsMacOS())
            {
                rc = MacStat(path, buffer);
                mode = BitConverter.ToUInt16(buffer, MacModeOffset);
            }
            else
                return null;
            if (rc != 0)
                return Marshal.GetLastPInvokeError() is 2 or 20 ? FileKind.Missing : null; // ENOENT, ENOTDIR
            return (mode & TypeMask) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.NamedPipe,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true; // the answer will not change for this process
            return null;
        }
    }

    /// <summary>The device and inode number of the file <paramref name="path"/> leads to (links followed): equal for two
    /// names of one file, hard links included. Null when the file does not exist or the system cannot be asked.</summary>
    public static (ulong Device, ulong Inode)? Identity(string path)
    {
        if (_unavailable || OperatingSystem.IsWindows())
            return null;
        var buffer = new byte[256];
        try
        {
            if (OperatingSystem.IsLinux())
            {
                if (Statx(AtCurrentDirectory, path, 0, StatxInode, buffer) != 0 || (BitConverter.ToUInt32(buffer, 0) & StatxInode) == 0)
                    return null;
                var device = (ulong)BitConverter.ToUInt32(buffer, StatxDeviceMajorOffset) << 32 | BitConverter.ToUInt32(buffer, StatxDeviceMajorOffset + 4);
                return (device, BitConverter.ToUInt64(buffer, StatxInodeOffset));
            }
            if (OperatingSystem.IsMacOS())
                return MacStat(path, buffer) != 0 ? null : (BitConverter.ToUInt32(buffer, 0), BitConverter.ToUInt64(buffer, MacInodeOffset));
            return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int MacStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
