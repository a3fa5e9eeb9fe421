// Build tasks: dotnet cake --target=Build|Test|Pack|Examples|Benchmarks
// Works offline once packages are restored (run `dotnet restore` once with the feed reachable).
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./ReportGen.sln";

Task("Build")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

// Packs one ReadyToRun tool package per platform (and the pointer package); each platform is built by pack itself.
Task("Pack")
    .Does(() => DotNetPack("./src/ReportGen.Cli/ReportGen.Cli.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        OutputDirectory = "./artifacts/packages",
    }));

Task("Examples")
    .IsDependentOn("Build")
    .Does(() =>
    {
        var exit = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"run --no-build -c {configuration} --project src/ReportGen.Cli -- render examples --out reports --format pdf,docx,md",
        });
        if (exit != 0) throw new Exception($"reportgen render examples exited with {exit}");
    });

Task("Benchmarks")
    .Does(() =>
    {
        var exit = StartProcess("bash", new ProcessSettings { Arguments = "benchmarks/run.sh" });
        if (exit != 0) throw new Exception($"benchmarks exited with {exit}");
    });

RunTarget(target);
