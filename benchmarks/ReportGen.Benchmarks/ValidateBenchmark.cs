using System.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Benchmarks;

/// <summary>Validates generated incident files on one thread and reports files per second (median of several runs),
/// bytes allocated per file, and whether the live heap stays flat as the number of files grows.</summary>
internal static class ValidateBenchmark
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var c) ? c : 1000;
        const int runs = 7;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-validate");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var files = IncidentGenerator.Write(folder, count);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"validate: {count} generated incidents, {bytes / count:N0} bytes each on average, in {folder}");

        var problems = ValidateAll(files);   // warm-up (JIT) and a correctness check
        if (problems > 0) { Console.Error.WriteLine($"generated files have {problems} errors: the benchmark is broken"); return 1; }
        // Let tiered JIT finish before timing: a single pass left the first timed runs ~2x slower on this machine.
        for (var pass = 0; pass < 3; pass++)
            ValidateAll(files);
        Stage.Settle(() => ValidateAll(files.Take(50).ToList()), 1);

        // Wall-clock rate depends on what else the machine runs; the CPU-time rate is files per second of one busy core.
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            ValidateAll(files);
            wall.Add(count / clock.Elapsed.TotalSeconds);
            cpu.Add(count / (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        wall.Sort();
        cpu.Sort();
        Console.WriteLine($"  files per CPU-second (one thread): median {cpu[runs / 2]:N0}, min {cpu[0]:N0}, max {cpu[^1]:N0} over {runs} runs");
        Console.WriteLine($"  files/s wall clock:                median {wall[runs / 2]:N0}, min {wall[0]:N0}, max {wall[^1]:N0} (load average {LoadAverage()})");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        ValidateAll(files);
        Console.WriteLine($"  allocated per file: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count / 1024.0:N1} KiB");

        // Flat memory: the live heap after a quarter of the files and after all of them should be about the same.
        var heapAt = new List<string>();
        for (var i = 0; i < count; i++)
        {
            IncidentLoader.Load(files[i]);
            if ((i + 1) % (count / 4) == 0) heapAt.Add($"{i + 1}: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:N1} MiB");
        }
        Console.WriteLine($"  live heap after N files: {string.Join(", ", heapAt)}");
        Console.WriteLine($"  peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int ValidateAll(List<string> files)
    {
        var errors = 0;
        foreach (var f in files)
        {
            var result = IncidentLoader.Load(f);
            if (result.HasErrors) { errors++; if (errors == 1) Console.Error.WriteLine(string.Join("\n", result.Diagnostics)); }
        }
        return errors;
    }
}
