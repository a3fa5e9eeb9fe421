namespace ReportGen.Benchmarks;

/// <summary><c>generate SIZE COUNT DIR</c>: writes COUNT deterministic incidents of SIZE (small, typical, large) into
/// DIR, for the whole-process benchmarks in run.sh.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 3 || !Enum.TryParse<IncidentSize>(args[0], ignoreCase: true, out var size) || !int.TryParse(args[1], out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: generate small|typical|large COUNT DIR");
            return 2;
        }
        var paths = IncidentGenerator.Write(args[2], count, size);
        Console.WriteLine($"wrote {paths.Count} {size.ToString().ToLowerInvariant()} incidents to {args[2]}");
        return 0;
    }
}
