using ReportGen.Document.FileSystem;

namespace ReportGen.Cli.Rendering;

/// <summary>Why an output may not be written, and what the user can do about it. <paramref name="Usage"/>: the command
/// line asked for it (an output onto an input, or outside --out), which makes the run's exit code 2.</summary>
internal sealed record OutputRefusal(string Message, string Hint, bool Usage);

/// <summary>Decides whether an output path may be written: it must not be a folder, must not lead outside --out
/// (through a symbolic link in a parent or at the file itself), and must not be one of the run's input files, compared
/// by real path with the file system's case rules, or by file identity (device and inode: a hard link to an input is
/// that input under another name). Immutable; shared by the plan and every transaction.</summary>
internal sealed class OutputGuard
{
    private readonly string? _realRoot;
    private readonly string? _root;
    private readonly HashSet<string> _inputs;
    private readonly HashSet<string> _inputsIgnoringCase;
    private readonly Dictionary<FileIdentity, string> _inputIdentities = [];
    private readonly string _currentDirectory;

    /// <summary>Guards a run writing under <paramref name="outputDirectory"/> (null: next to each input) that reads
    /// <paramref name="inputFiles"/>.</summary>
    public OutputGuard(string? outputDirectory, IEnumerable<string> inputFiles, string currentDirectory)
    {
        _currentDirectory = currentDirectory;
        _root = outputDirectory is null ? null : Path.GetFullPath(outputDirectory, currentDirectory);
        _realRoot = _root is null ? null : RealPath.Resolve(_root);
        _inputs = new HashSet<string>(inputFiles.Select(RealPath.Resolve), StringComparer.Ordinal);
        _inputsIgnoringCase = new HashSet<string>(_inputs, StringComparer.OrdinalIgnoreCase);
        foreach (var input in _inputs)
            if (RegularFile.IdentityOf(input) is { } identity)
                _inputIdentities.TryAdd(identity, input);
    }

    /// <summary>Why <paramref name="outputPath"/> must not be written, or null when it may.</summary>
    public OutputRefusal? Problem(string outputPath)
    {
        var shown = Show(outputPath);
        if (Directory.Exists(outputPath))
            return new($"a folder is in the way of the output '{shown}'", "move or rename that folder, or write the reports elsewhere with --out DIR", false);
        string real;
        try { real = RealPath.Resolve(outputPath); }
        catch (IOException e) { return new($"the output '{shown}' cannot be resolved: {e.Message}", "remove the looping symbolic link", false); }
        if (_realRoot is not null && !RealPath.IsInside(real, _realRoot))
            return new($"the output '{shown}' leads outside --out '{Show(_root!)}' through a symbolic link (to '{real}')",
                "reports are written only inside --out: remove the link, or give --out the real folder", true);
        if (IsInput(real))
            return new($"the output '{shown}' is an input file: writing it would destroy the input",
                "name incident files *.yaml, or write the reports elsewhere with --out DIR", true);
        if (LinkedInput(real) is { } input)
            return new($"the output '{shown}' is another name (a hard link) of the input '{Show(input)}': an output never replaces an input",
                "remove that link, or write the reports elsewhere with --out DIR", true);
        return null;
    }

    /// <summary>The input whose file <paramref name="real"/> also names (a hard link: same device and inode), or null.</summary>
    private string? LinkedInput(string real) =>
        _inputIdentities.Count > 0 && File.Exists(real) && RegularFile.IdentityOf(real) is { } identity
            ? _inputIdentities.GetValueOrDefault(identity)
            : null;

    /// <summary>As <see cref="Problem(string)"/>, and also refuses an output that is one of the files a single input reads
    /// (its figures): a PNG preview named <c>chart-p1.png</c> must not replace the figure of that name.</summary>
    public OutputRefusal? Problem(string outputPath, IReadOnlyList<string> alsoRead)
    {
        if (Problem(outputPath) is { } problem)
            return problem;
        if (alsoRead.Count == 0)
            return null;
        var real = RealPath.Resolve(outputPath);
        return alsoRead.Any(f => string.Equals(RealPath.Resolve(f), real, StringComparison.Ordinal))
            ? new($"the output '{Show(outputPath)}' is a figure of the incident: writing it would destroy the figure",
                "rename the figure or the incident file, or write the reports elsewhere with --out DIR", true)
            : null;
    }

    /// <summary>A path as the user would type it from where they stand.</summary>
    private string Show(string path)
    {
        var relative = Path.GetRelativePath(_currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private bool IsInput(string real)
    {
        if (_inputs.Contains(real))
            return true;
        // A case-insensitive file system (macOS, Windows) sees Incident.md and incident.md as one file: when the output
        // exists and its folder lists only one name that differs from an input's in case alone, they are the same file.
        var directory = Path.GetDirectoryName(real);
        var name = Path.GetFileName(real);
        if (directory is null || !_inputsIgnoringCase.Contains(real) || !File.Exists(real))
            return false;
        try
        {
            var listed = Directory.EnumerateFiles(directory).Count(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
            return listed == 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
    }
}
