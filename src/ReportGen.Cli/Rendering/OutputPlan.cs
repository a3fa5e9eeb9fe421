using ReportGen.Core.Inputs;

namespace ReportGen.Cli.Rendering;

/// <summary>Where one input's outputs go: a folder and a base name (the input file name without extension).</summary>
/// <param name="Refusal">Why this input's outputs must not be written (one would destroy an input, or lead outside
/// --out); the input is then reported as failed without being rendered.</param>
internal sealed record OutputTarget(InputFile Input, string Directory, string BaseName, OutputRefusal? Refusal = null)
{
    /// <summary>Path of a single-file output (pdf, docx, md): the format's name is the extension.</summary>
    public string PathFor(OutputFormat format) => Path.Combine(Directory, $"{BaseName}.{format.Name}");

    /// <summary>Path of the PNG preview of page <paramref name="page"/> (1-based).</summary>
    public string PngPage(int page) => Path.Combine(Directory, $"{BaseName}-p{page}.png");
}

/// <summary>Decides every output path before anything is written: names come from the input file (never from the
/// incident id), folder structure under a folder argument is mirrored under --out, nothing lands outside the output
/// folder (not even through a symbolic link), no output overwrites an input, and two inputs that would write the same
/// file are refused up front.</summary>
internal static class OutputPlan
{
    /// <summary>Plans targets for all inputs. Collisions between inputs come back as <paramref name="problems"/> (the
    /// run stops); an input whose outputs <paramref name="guard"/> refuses gets a target with a refusal (the run goes on).</summary>
    public static IReadOnlyList<OutputTarget> Create(IReadOnlyList<InputFile> inputs, string? outputDirectory,
        IReadOnlyList<OutputFormat> formats, OutputGuard guard, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var targets = new List<OutputTarget>(inputs.Count);
        var root = outputDirectory is null ? null : Path.GetFullPath(outputDirectory);
        var claimed = new Dictionary<string, InputFile>(PathComparer);
        foreach (var input in inputs)
        {
            var baseName = Path.GetFileNameWithoutExtension(input.FullPath);
            var directory = root is null
                ? Path.GetDirectoryName(input.FullPath)!
                : Path.GetFullPath(Path.Combine(root, input.RelativeDirectory));
            if (root is not null && !RealPath.IsInside(directory, root))
            {
                found.Add($"{input.DisplayPath}: its output folder '{directory}' would lie outside --out '{root}'");
                continue;
            }
            var key = Path.Combine(directory, baseName);
            if (claimed.TryGetValue(key, out var other))
            {
                found.Add($"{input.DisplayPath} and {other.DisplayPath} would both write '{key}.*'; rename one, or render them to different --out folders");
                continue;
            }
            claimed[key] = input;
            var target = new OutputTarget(input, directory, baseName);
            targets.Add(target with { Refusal = FirstRefusal(target, formats, guard) });
        }
        problems = found;
        return targets;
    }

    /// <summary>The first output of <paramref name="target"/> the guard refuses (PNG pages are checked at commit, when
    /// their number is known).</summary>
    private static OutputRefusal? FirstRefusal(OutputTarget target, IReadOnlyList<OutputFormat> formats, OutputGuard guard)
    {
        foreach (var format in formats)
            if (guard.Problem(format.FirstPath(target)) is { } problem)
                return problem;
        return null;
    }

    /// <summary>Case-insensitive where the file system usually is, so a.yaml and A.yaml collide on macOS/Windows too.</summary>
    private static StringComparer PathComparer => OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
}
