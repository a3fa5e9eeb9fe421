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

// Packs the tool: one ReadyToRun package per platform plus the pointer package (pack builds each platform itself),
// then rebuilds this machine's own platform package with Native AOT when it can (a C toolchain is needed: clang on
// Linux). Native AOT starts ~4x faster; it cannot cross-compile, so the other platforms stay ReadyToRun.
// --native-aot=false skips the second step.
Task("Pack")
    .Does(() =>
    {
        var project = "./src/ReportGen.Cli/ReportGen.Cli.csproj";
        var output = "./artifacts/packages";
        DotNetPack(project, new DotNetPackSettings { Configuration = configuration, OutputDirectory = output });
        if (!Argument("native-aot", true)) return;
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        if (IsRunningOnLinux() && StartProcess("sh", new ProcessSettings { Arguments = "-c \"command -v clang\"", RedirectStandardOutput = true }) != 0)
        {
            Warning($"clang not found: the {rid} package stays ReadyToRun (install clang for the Native AOT build)");
            return;
        }
        try
        {
            DotNetPack(project, new DotNetPackSettings
            {
                Configuration = configuration,
                OutputDirectory = output,
                Runtime = rid,
                MSBuildSettings = new DotNetMSBuildSettings().WithProperty("NativeAot", "true"),
            });
        }
        catch (Exception e) // pack writes the package only when the build succeeded: the ReadyToRun one stays
        {
            Warning($"Native AOT build for {rid} failed, its package stays ReadyToRun: {e.Message}");
        }
    });

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
