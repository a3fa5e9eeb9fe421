using System.Diagnostics;

namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>One generated run: a folder <c>in/</c> of incident files (mutated examples, sometimes under a hostile name),
/// figure files that are pipes, devices or garbage, and the command line that renders them into <c>out/</c>.</summary>
internal sealed class FuzzCase
{
    private readonly Dictionary<string, string> _inputByOutput = new(StringComparer.Ordinal);

    private FuzzCase(string[] arguments) => Arguments = arguments;

    /// <summary>The reportgen arguments, relative to the case folder.</summary>
    public string[] Arguments { get; }

    /// <summary>The incident file a report under <paramref name="outRoot"/> was made from.</summary>
    public string InputFor(string report, string outRoot) =>
        _inputByOutput[Path.ChangeExtension(Path.GetRelativePath(outRoot, report), null)];

    /// <summary>Writes a case into <paramref name="root"/>.</summary>
    public static FuzzCase Lay(string root, Random rng, string[] seeds)
    {
        var input = Path.Combine(root, "in");
        CopyExampleFigures(Path.Combine(input, "figures"));
        var figures = HostileFigures(input, rng);
        var format = rng.Next(3) == 0 ? "md,pdf" : "md";
        var fuzzCase = new FuzzCase(["render", "in", "--out", "out", "--format", format, "--jobs", rng.Next(2) == 0 ? "1" : "2"]);
        var files = rng.Next(1, 4);
        for (var i = 0; i < files; i++)
        {
            var name = i == 0 ? HostileValues.FileName(rng) : $"incident-{i}.yaml";
            var folder = rng.Next(4) == 0 ? "team" : "";
            var relative = Path.Combine(folder, name);
            if (fuzzCase._inputByOutput.ContainsKey(Path.ChangeExtension(relative, null)))
                continue;
            var seed = rng.Next(seeds.Length + 1) is var k && k < seeds.Length ? seeds[k] : IncidentText.Valid($"INC-{i}");
            var text = rng.Next(5) == 0 ? seed : IncidentMutator.Mutate(seed, rng);
            if (figures.Count > 0 && rng.Next(2) == 0)
                text = IncidentMutator.WithFigures(text, folder.Length == 0 ? figures : figures.Select(f => f.StartsWith('/') ? f : "../" + f).ToList());
            var path = Path.Combine(input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            fuzzCase._inputByOutput[Path.ChangeExtension(relative, null)] = path;
        }
        return fuzzCase;
    }

    /// <summary>Figure paths (relative to <paramref name="input"/>) that are not the images they claim to be.</summary>
    private static List<string> HostileFigures(string input, Random rng)
    {
        var figures = new List<string>();
        if (rng.Next(3) != 0)
            return figures;
        var folder = Path.Combine(input, "figures");
        File.WriteAllBytes(Path.Combine(folder, "garbage.png"), HostileValues.GarbageImage(rng));
        figures.Add("figures/garbage.png");
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder, "pipe.png")])!)
            mkfifo.WaitForExit();
        figures.Add("figures/pipe.png");
        Directory.CreateDirectory(Path.Combine(folder, "folder.png"));
        figures.Add(HostileValues.Pick(rng, "figures/folder.png", "/dev/zero", "/dev/urandom", "../outside.png", "figures/missing.svg"));
        return figures;
    }

    private static void CopyExampleFigures(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples", "figures")))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
