using System.Security.Cryptography;
using System.Text;
using ReportGen.Core.Fingerprints;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Testing;

namespace ReportGen.Core.Tests.Fingerprints;

/// <summary>The source fingerprint: what a user checks with <c>sha256sum</c> and what tells two layouts apart.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void The_source_hash_is_the_sha256_of_the_file_as_sha256sum_prints_it()
    {
        var path = RepoPaths.Example("checkout-outage.yaml");
        var loaded = IncidentLoader.Load(path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), loaded.SourceSha256);
    }

    [Fact]
    public void A_file_with_errors_still_has_its_hash_and_one_byte_changes_it()
    {
        using var temp = new TempFolder();
        var a = IncidentLoader.Load(temp.Write("a.yaml", "id: X\ntitle: T\n"));
        var b = IncidentLoader.Load(temp.Write("b.yaml", "id: Y\ntitle: T\n"));
        Assert.True(a.HasErrors);
        Assert.Matches("^[0-9a-f]{64}$", a.SourceSha256!);
        Assert.NotEqual(a.SourceSha256, b.SourceSha256);
    }

    [Fact]
    public void The_document_carries_the_incident_hash_the_layout_hash_and_the_version()
    {
        var loaded = IncidentLoader.Load(RepoPaths.Example("search-latency.yaml"));
        var layout = LayoutTestKit.Default;
        var document = new ReportBuilder(layout).Build(loaded).Document!;
        var source = document.Settings.Source!;
        Assert.Equal(loaded.SourceSha256, source.SourceSha256);
        Assert.Equal(layout.ContentSha256, source.LayoutSha256);
        Assert.Equal(ReportGenVersion.Current, source.Version);
        Assert.Equal(loaded.SourceSha256![..12], source.ShortSource);
    }

    [Fact]
    public void The_version_has_no_build_metadata()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", ReportGenVersion.Current);
    }

    [Fact]
    public void An_exported_built_in_layout_has_the_built_in_hash_wherever_it_lives()
    {
        using var temp = new TempFolder();
        var builtIn = ReportLayout.Load(null).Layout!;
        builtIn.Export(Path.Combine(temp.Path, "one"));
        builtIn.Export(Path.Combine(temp.Path, "elsewhere", "two"));
        Assert.Equal(builtIn.ContentSha256, ReportLayout.Load(Path.Combine(temp.Path, "one")).Layout!.ContentSha256);
        Assert.Equal(builtIn.ContentSha256, ReportLayout.Load(Path.Combine(temp.Path, "elsewhere", "two")).Layout!.ContentSha256);
    }

    [Fact]
    public void Any_change_to_any_layout_file_changes_the_layout_hash()
    {
        using var temp = new TempFolder();
        var builtIn = ReportLayout.Load(null).Layout!;
        var folder = Path.Combine(temp.Path, "layout");
        builtIn.Export(folder);
        var theme = Path.Combine(folder, ReportLayout.ThemeFile);
        File.AppendAllText(theme, "\n# a comment changes nothing drawn, but it is another layout\n");
        var edited = ReportLayout.Load(folder).Layout!.ContentSha256;
        Assert.NotEqual(builtIn.ContentSha256, edited);

        // A file added beside the templates is part of the layout too.
        builtIn.Export(Path.Combine(temp.Path, "added"));
        File.WriteAllText(Path.Combine(temp.Path, "added", "partials", "extra.md.sbn"), "");
        Assert.NotEqual(builtIn.ContentSha256, ReportLayout.Load(Path.Combine(temp.Path, "added")).Layout!.ContentSha256);
    }

    [Fact]
    public void Hashing_files_ignores_their_order_but_not_their_names_or_boundaries()
    {
        static ReadOnlyMemory<byte> B(string s) => Encoding.UTF8.GetBytes(s);
        var one = ContentHash.OfFiles([("a.txt", B("12")), ("b.txt", B("3"))]);
        Assert.Equal(one, ContentHash.OfFiles([("b.txt", B("3")), ("a.txt", B("12"))]));
        Assert.NotEqual(one, ContentHash.OfFiles([("a.txt", B("1")), ("b.txt", B("23"))]));
        Assert.NotEqual(one, ContentHash.OfFiles([("a.txt", B("12")), ("c.txt", B("3"))]));
        Assert.NotEqual(one, ContentHash.OfFiles([("a.txt", B("123"))]));
        Assert.Throws<ArgumentException>(() => ContentHash.OfFiles([("a.txt", B("1")), ("a.txt", B("2"))]));
    }
}
