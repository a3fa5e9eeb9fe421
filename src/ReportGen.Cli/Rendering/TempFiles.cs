using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Cli.Rendering;

/// <summary>Names of the hidden files a run writes beside its outputs (staged outputs, backups of replaced ones), and
/// the clean-up of those a killed run left behind. A name carries the machine, process id and process start time of its
/// owner, so a later run deletes only files whose owner is gone (or that are a day old, for folders shared between
/// machines), never a concurrent run's and never anything that is not ours.</summary>
internal static partial class TempFiles
{
    /// <summary>Prefix of every hidden file of ours.</summary>
    public const string Prefix = ".reportgen-";

    /// <summary>Files of another machine (or of a name we cannot read) are left alone until they are this old.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromDays(1);

    /// <summary>Longest file name most file systems accept.</summary>
    private const int MaxNameLength = 255;

    private static readonly Owner Self = new(MachineHash(Environment.MachineName), Environment.ProcessId, StartMilliseconds(Process.GetCurrentProcess()));

    private sealed record Owner(string Machine, int ProcessId, long StartMilliseconds);

    /// <summary>A new name for a staged output in <paramref name="directory"/>.</summary>
    public static string NewStaged(string directory) => Path.Combine(directory, $"{Stem()}.tmp");

    /// <summary>A new name for the backup of <paramref name="target"/> kept until its replacement is committed; it
    /// carries the target's name (when it fits) so a clean-up after a crash can put the old file back.</summary>
    public static string NewBackup(string target)
    {
        var name = $"{Stem()}.{Path.GetFileName(target)}.bak";
        return Path.Combine(Path.GetDirectoryName(target)!, name.Length <= MaxNameLength ? name : $"{Stem()}.bak");
    }

    private static string Stem() => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{Self.Machine}-{Self.ProcessId}-{Self.StartMilliseconds:x}-{Random.Shared.Next():x8}");

    [GeneratedRegex(@"^\.reportgen-(?<machine>[0-9a-f]{8})-(?<pid>[0-9]{1,10})-(?<start>[0-9a-f]{1,16})-[0-9a-f]{8}(\.(?<target>.+))?\.(tmp|bak)$")]
    private static partial Regex OursPattern();

    /// <summary>Files of earlier versions: <c>.reportgen-{guid}.tmp</c>, with no owner in the name.</summary>
    [GeneratedRegex(@"^\.reportgen-[0-9a-f]{32}\.tmp$")]
    private static partial Regex OlderVersionPattern();

    /// <summary>Deletes the stale hidden files of ours directly in <paramref name="directory"/> (a backup whose target
    /// is missing is put back instead). Returns how many were handled; never throws for I/O problems.</summary>
    public static int CleanStale(string directory, DateTime nowUtc)
    {
        var handled = 0;
        IEnumerable<string> candidates;
        try { candidates = Directory.EnumerateFiles(directory, Prefix + "*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
        foreach (var path in candidates)
        {
            var name = Path.GetFileName(path);
            var match = OursPattern().Match(name);
            bool stale;
            try
            {
                var old = nowUtc - File.GetLastWriteTimeUtc(path) > Abandoned;
                stale = match.Success ? old || OwnerGone(match) : OlderVersionPattern().IsMatch(name) && old;
                if (!stale) continue;
                var target = match.Groups["target"];
                var original = target.Success && name.EndsWith(".bak", StringComparison.Ordinal) ? Path.Combine(directory, target.Value) : null;
                if (original is not null && !Path.Exists(original))
                    File.Move(path, original); // the run died between moving the old output aside and committing
                else
                    File.Delete(path);
                handled++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return handled;
    }

    private static bool OwnerGone(Match match)
    {
        if (match.Groups["machine"].Value != Self.Machine)
            return false; // another machine's run, on a shared folder: only its age tells
        var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
        var start = long.Parse(match.Groups["start"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.GetProcessById(pid);
            // The id may have been reused by a later process: the start time tells them apart.
            return Math.Abs(StartMilliseconds(process) - start) > 2000;
        }
        catch (ArgumentException) { return true; }          // no such process
        catch (InvalidOperationException) { return true; }  // it exited while we looked
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static long StartMilliseconds(Process process)
    {
        try { return new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds(); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException) { return 0; }
    }

    /// <summary>FNV-1a of the machine name: short, stable across runs and free of characters a file name cannot hold.</summary>
    private static string MachineHash(string name)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
            hash = (hash ^ b) * 16777619u;
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
