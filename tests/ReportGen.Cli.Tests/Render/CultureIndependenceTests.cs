using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The same input gives byte-identical .pdf, .docx and .md whatever the machine's locale: a laptop set to
/// Arabic, Thai, German, Turkish or Persian must produce the report the build server produces.</summary>
[Collection(CultureIndependenceTests.Serial)]
public sealed class CultureIndependenceTests : IDisposable
{
    public const string Serial = "changes the process culture";

    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private Dictionary<string, byte[]> RenderExamples(string folder)
    {
        var result = CliRunner.Run("render", Path.Combine(RepoPaths.Root, "examples"), "--out", _tree.PathOf(folder),
            "--format", "pdf,docx,md");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
        return _tree.Files(folder).ToDictionary(f => f, f => File.ReadAllBytes(_tree.PathOf(Path.Combine(folder, f))));
    }

    private Dictionary<string, byte[]> RenderExamplesUnder(CultureInfo culture)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var (defaultCulture, defaultUi) = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return RenderExamples(culture.Name.Length == 0 ? "invariant" : culture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string culture)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs under {culture}");
    }

    [Fact]
    public void Examples_render_byte_identical_under_every_culture()
    {
        var invariant = RenderExamplesUnder(CultureInfo.InvariantCulture);
        Assert.Contains(invariant.Keys, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(invariant.Keys, f => f.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(invariant.Keys, f => f.EndsWith(".md", StringComparison.Ordinal));
        foreach (var name in new[] { "ar-SA", "th-TH", "de-DE", "tr-TR", "fa-IR" })
            AssertSameFiles(invariant, RenderExamplesUnder(new CultureInfo(name)), name);
    }

    [Fact]
    public void The_real_command_under_LANG_ar_SA_writes_what_it_writes_under_LANG_C()
    {
        var example = Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml");
        var c = RunProcess("C.UTF-8", example, "c");
        var arabic = RunProcess("ar_SA.UTF-8", example, "ar");
        Assert.Equal(3, c.Count);
        AssertSameFiles(c, arabic, "LANG=ar_SA.UTF-8");
    }

    /// <summary>Runs reportgen as its own process; .NET on Linux takes its culture from LC_ALL/LANG (through ICU, so
    /// the glibc locale need not be installed).</summary>
    private Dictionary<string, byte[]> RunProcess(string locale, string input, string folder)
    {
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var psi = new ProcessStartInfo("dotnet", [reportgen, "render", input, "--out", _tree.PathOf(folder), "--format", "pdf,docx,md"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["LANG"] = locale;
        psi.Environment["LC_ALL"] = locale;
        psi.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == ExitCodes.Success, stdout.Result + stderr);
        return _tree.Files(folder).ToDictionary(f => f, f => File.ReadAllBytes(_tree.PathOf(Path.Combine(folder, f))));
    }
}

/// <summary>The culture tests run alone: the default thread culture is process-wide.</summary>
[CollectionDefinition(CultureIndependenceTests.Serial, DisableParallelization = true)]
public sealed class CultureIndependenceCollection;
