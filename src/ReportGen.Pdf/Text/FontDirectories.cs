using System.Xml;

namespace ReportGen.Pdf.Text;

/// <summary>Where the system's fonts are: the usual folders of Linux, macOS and Windows, or, when the
/// <c>FONTCONFIG_FILE</c> environment variable names a fontconfig configuration (as containers and CI jobs do to
/// control which fonts programs see), the <c>&lt;dir&gt;</c> folders that configuration lists (following its
/// <c>&lt;include&gt;</c>s). A configuration that lists no folder, or cannot be read, means no system fonts, as it
/// does for every fontconfig program.</summary>
internal static class FontDirectories
{
    private const int MaxIncludeDepth = 8;

    /// <summary>The system font folders for this process's environment.</summary>
    public static IReadOnlyList<string> System() => System(Environment.GetEnvironmentVariable);

    /// <summary>The system font folders, reading environment variables through <paramref name="environment"/>.</summary>
    public static IReadOnlyList<string> System(Func<string, string?> environment)
    {
        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var config = environment("FONTCONFIG_FILE");
        if (string.IsNullOrEmpty(config))
            return
            [
                "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"),
                Path.Combine(home, ".local/share/fonts"), "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts",
            ];
        if (!Path.IsPathRooted(config))
            config = Path.Combine(environment("FONTCONFIG_PATH") is { Length: > 0 } p ? p : "/etc/fonts", config);
        var directories = new List<string>();
        Read(config, home, environment, directories, new HashSet<string>(StringComparer.Ordinal), 0);
        return directories;
    }

    private static void Read(string file, string home, Func<string, string?> environment, List<string> directories,
        HashSet<string> visited, int depth)
    {
        if (depth > MaxIncludeDepth || !visited.Add(Path.GetFullPath(file)))
            return;
        if (Directory.Exists(file))
        {
            // An included folder: its *.conf files in name order, as fontconfig reads them.
            foreach (var conf in Directory.EnumerateFiles(file, "*.conf").Order(StringComparer.Ordinal))
                Read(conf, home, environment, directories, visited, depth + 1);
            return;
        }
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Name is not ("dir" or "include"))
                {
                    reader.Read();
                    continue;
                }
                var name = reader.Name;
                var prefix = reader.GetAttribute("prefix");
                var path = Expand(reader.ReadElementContentAsString().Trim(), prefix, name, file, home, environment);
                if (path.Length == 0)
                    continue;
                if (name == "dir")
                    directories.Add(path);
                else
                    Read(path, home, environment, directories, visited, depth + 1);
            }
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            // An unreadable configuration lists no fonts (fontconfig would warn and show none either).
        }
    }

    /// <summary>A configured path made absolute: <c>~</c> is the home folder, <c>prefix="xdg"</c> the XDG data (or,
    /// for includes, config) home, and a relative path is relative to the configuration file's folder.</summary>
    private static string Expand(string path, string? prefix, string element, string file, string home,
        Func<string, string?> environment)
    {
        if (path.Length == 0)
            return path;
        if (prefix == "xdg")
        {
            var (variable, fallback) = element == "dir" ? ("XDG_DATA_HOME", ".local/share") : ("XDG_CONFIG_HOME", ".config");
            var xdg = environment(variable) is { Length: > 0 } x ? x : Path.Combine(home, fallback);
            return Path.Combine(xdg, path);
        }
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
            return Path.Combine(home, path.TrimStart('~').TrimStart('/'));
        return Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "", path);
    }
}
