using ReportGen.Benchmarks;

// A small dispatcher: each mode is one class with a Run(string[] args) method returning an exit code.
var modes = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["validate"] = ValidateBenchmark.Run,
    ["stages"] = StagesBenchmark.Run,
    ["profile"] = ProfileBenchmark.Run,
    ["cold"] = ColdBenchmark.Run,
    ["pipeline"] = PipelineBenchmark.Run,
    ["approvals"] = ApprovalsBenchmark.Run,
    ["generate"] = GenerateCommand.Run,
    ["scaling"] = ScalingBenchmark.Run,
    ["import"] = ImportBenchmark.Run,
    ["review"] = ReviewBenchmark.Run,
    ["tagging"] = TaggingCostBenchmark.Run,
    ["tagging-profile"] = TaggingProfileBenchmark.Run,
};

if (args.Length == 0 || !modes.TryGetValue(args[0], out var mode))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- <{string.Join("|", modes.Keys)}> [options]");
    return 2;
}
return mode(args[1..]);
