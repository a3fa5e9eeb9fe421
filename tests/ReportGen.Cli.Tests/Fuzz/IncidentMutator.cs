namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>Mutates the text of a valid incident line by line: keys deleted or duplicated, values replaced with hostile
/// ones, lines re-indented, swapped or cut off, anchors and aliases added.</summary>
internal static class IncidentMutator
{
    /// <summary>Applies 1-4 random mutations to <paramref name="yaml"/>.</summary>
    public static string Mutate(string yaml, Random rng)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n').ToList();
        var count = rng.Next(1, 5);
        for (var i = 0; i < count && lines.Count > 1; i++)
        {
            var at = rng.Next(lines.Count);
            switch (rng.Next(8))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2 or 3: lines[at] = ReplaceValue(lines[at], HostileValues.Scalar(rng)); break;
                case 4: lines[at] = (rng.Next(2) == 0 ? " " : "") + lines[at].TrimStart(rng.Next(2) == 0 ? ' ' : '\0'); break;
                case 5: (lines[at], lines[rng.Next(lines.Count)]) = (lines[rng.Next(lines.Count)], lines[at]); break;
                case 6: lines = lines.Take(Math.Max(1, at)).ToList(); break;
                default: lines[at] = ReplaceValue(lines[at], HostileValues.Pick(rng, "&anchor value", "*anchor", "&self [one, two]")); break;
            }
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Adds a figure list to the impact section (creating it) that points at <paramref name="figures"/>.</summary>
    public static string WithFigures(string yaml, IReadOnlyList<string> figures)
    {
        var list = string.Concat(figures.Select((f, i) => $"    - title: Figure {i}\n      path: {f}\n"));
        return yaml.Contains("\nimpact:\n", StringComparison.Ordinal)
            ? yaml.Replace("\nimpact:\n", $"\nimpact:\n  figures:\n{list}")
            : yaml.TrimEnd() + $"\nimpact:\n  figures:\n{list}";
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
            return line[..(colon + 2)] + value;
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : line;
    }
}
