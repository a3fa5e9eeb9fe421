using System.Text.RegularExpressions;
using ReportGen.Cli.Rendering;
using ReportGen.Core.Inputs;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The writer registry is the one list of formats: the CLI accepts exactly its formats, writes each, and
/// takes <c>--format</c>'s help from it.</summary>
public sealed class WriterRegistryTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private static WriterRegistry Registry => WriterRegistry.BuiltIn;

    [Fact]
    public void The_cli_writes_every_format_the_registry_lists()
    {
        var incident = _tree.Write("in/inc.yaml", IncidentText.Valid("INC-1"));
        var names = string.Join(",", Registry.Formats.Select(f => f.Name));
        Assert.Equal("pdf,docx,md,png", names); // the formats this build promises (README, help)
        var result = CliRunner.Run("render", incident, "--out", _tree.PathOf("out"), "--format", names);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
        var target = new OutputTarget(new InputFile(incident, "in/inc.yaml", ""), _tree.PathOf("out"), "inc");
        foreach (var format in Registry.Formats)
            Assert.True(File.Exists(format.FirstPath(target)), $"{format.Name}: {format.FirstPath(target)} was not written");
    }

    [Fact]
    public void A_format_the_registry_does_not_list_is_refused_with_the_registrys_list()
    {
        var incident = _tree.Write("in/inc.yaml", IncidentText.Valid("INC-1"));
        var result = CliRunner.Run("render", incident, "--out", _tree.PathOf("out"), "--format", "pdf,html");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"unknown format 'html'; expected one or more of: {Registry.Choices}", result.Err);
        Assert.Empty(_tree.Files("out"));
    }

    [Fact]
    public void The_format_help_comes_from_the_registry()
    {
        var help = CliRunner.Run("render", "--help");
        var flat = Regex.Replace(help.Out, @"\s+", " ");
        Assert.Contains(Regex.Replace(Registry.Help, @"\s+", " "), flat);
        foreach (var format in Registry.Formats)
            Assert.Contains($"{format.Name} ({format.Description})", Registry.Help);
    }

    [Fact]
    public void Every_registered_writer_is_found_by_its_own_format()
    {
        var options = new RenderOptions { Inputs = [], Formats = Registry.Formats, CurrentDirectory = _tree.Path };
        using var resources = RenderResources.Load(options, out var diagnostics);
        Assert.NotNull(resources);
        foreach (var name in Registry.Formats.SelectMany(f => f.Writers).Distinct())
            Assert.Equal(name, resources.Writer(name).Format);
        Assert.Throws<ArgumentException>(() => resources.Writer("html"));
    }
}
