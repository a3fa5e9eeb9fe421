// Build tasks: dotnet cake --target=Build|Test|TestTools|Pack|Examples|Benchmarks
// Works offline once packages are restored (run `dotnet restore` once with the feed reachable).
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./ReportGen.sln";

Task("Build")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration }));

// The Debian tools the tests run on real output, by the command each package provides. Tests never skip when one is
// missing: they fail, so TestTools makes sure they are there first.
var testTools = new (string Command, string Package)[]
{
    ("pdftotext", "poppler-utils"),           // pdftotext, pdffonts, pdfinfo, pdftoppm, pdfsig
    ("qpdf", "qpdf"),
    ("libreoffice", "libreoffice-writer-nogui"),
    ("clang", "clang"),                        // links the Native AOT build (Pack)
    ("certutil", "libnss3-tools"),             // NSS certificate databases for signature checks
    ("openssl", "openssl"),
};

bool HasCommand(string command) =>
    StartProcess("sh", new ProcessSettings { Arguments = $"-c \"command -v {command}\"", RedirectStandardOutput = true }) == 0;

// Installs the missing test tools with apt-get when running as root on Debian/Ubuntu; otherwise stops with the
// list of packages to install.
Task("TestTools")
    .Does(() =>
    {
        if (!IsRunningOnLinux()) { Warning("the tests' tools are Debian packages; on this OS install their equivalents: " + string.Join(", ", testTools.Select(t => t.Command))); return; }
        var missing = testTools.Where(t => !HasCommand(t.Command)).Select(t => t.Package).Distinct().ToList();
        if (missing.Count == 0) return;
        var packages = string.Join(" ", missing);
        var root = StartProcess("sh", new ProcessSettings { Arguments = "-c \"test $(id -u) -eq 0\"" }) == 0;
        if (!root || !HasCommand("apt-get"))
            throw new Exception($"the tests need these Debian packages: {packages}. Install them (sudo apt-get install {packages}) and run again.");
        Information($"installing: {packages}");
        var install = StartProcess("sh", new ProcessSettings
        {
            Arguments = $"-c \"apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {packages}\"",
        });
        if (install != 0) throw new Exception($"apt-get could not install {packages} (exit {install})");
    });

// The README's test command: the tools, a build, then every test with a TRX log in TestResults/ (read by .ci/run).
Task("Test")
    .IsDependentOn("TestTools")
    .IsDependentOn("Build")
    .Does(() =>
    {
        CleanDirectory("./TestResults");
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            Loggers = new List<string> { "trx" },
            ResultsDirectory = "./TestResults",
        });
    });

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
