using System.IO.Compression;
using System.Text.RegularExpressions;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>The same input gives the same bytes (for diffs, caches and reproducible builds), and the metadata
/// comes from the report, never from the clock.</summary>
public class PackageTests
{
    private static readonly DocxWriterOptions WithTimeline = new() { FigureRasterizer = (_, _) => TestPng.Create(600, 120) };

    private static byte[] Bytes(DocxWriter writer, Document.ReportDocument document)
    {
        using var output = new MemoryStream();
        writer.Write(document, output);
        return output.ToArray();
    }

    [Fact]
    public void Same_input_gives_identical_bytes_across_writers_and_threads()
    {
        var expected = Bytes(new DocxWriter(WithTimeline), PostmortemFixture.Create());
        Assert.Equal(expected, Bytes(new DocxWriter(WithTimeline), PostmortemFixture.Create()));

        var shared = new DocxWriter(WithTimeline);
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Bytes(shared, PostmortemFixture.Create()));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Different_content_gives_different_bytes()
    {
        var writer = new DocxWriter();
        Assert.NotEqual(Bytes(writer, PostmortemFixture.Create(draft: true)), Bytes(writer, PostmortemFixture.Create(draft: false)));
    }

    [Fact]
    public void Zip_entries_have_fixed_order_and_timestamps()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes(new DocxWriter(WithTimeline), PostmortemFixture.Create())));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Relationship_ids_are_named_not_random()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes(new DocxWriter(WithTimeline), PostmortemFixture.Create())));
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(rels.Open());
            var ids = Regex.Matches(reader.ReadToEnd(), "Id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Matches("^rId[A-Z][a-z]+[0-9]*$", id));
        }
    }

    [Fact]
    public void Core_properties_come_from_the_settings()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var core = docx.Package.PackageProperties;
        Assert.Equal(PostmortemFixture.Title, core.Title);
        Assert.Equal("INC-2024-0042", core.Subject);
        Assert.Equal("Dana Whitfield", core.Creator);
        Assert.Equal("SEV-1, draft", core.Keywords);
        Assert.Equal(PostmortemFixture.Created.UtcDateTime, core.Created!.Value.ToUniversalTime());
        Assert.Equal(PostmortemFixture.Created.UtcDateTime, core.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Format_is_docx_and_the_output_stream_stays_open()
    {
        var writer = new DocxWriter();
        using var output = new MemoryStream();
        var result = writer.Write(PostmortemFixture.Create(), output);
        Assert.Equal("docx", writer.Format);
        Assert.True(output.CanWrite);
        Assert.True(output.Length > 0);
        Assert.Contains(result.Warnings, w => w.Message.Contains("timeline", StringComparison.Ordinal));
    }
}
