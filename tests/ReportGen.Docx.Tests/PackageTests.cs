using System.IO.Compression;
using System.IO.Packaging;
using System.Text.RegularExpressions;
using ReportGen.Document;
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
    public void A_writer_reused_for_other_themes_and_languages_writes_each_as_a_new_writer_would()
    {
        // The writer keeps the styles and settings parts of the last theme and language it wrote: a document with
        // another theme, page size or language must not get them.
        var english = PostmortemFixture.Create();
        var german = english with { Settings = english.Settings with { Language = "de-DE" } };
        var letter = english with { Theme = english.Theme with { PageSize = "Letter" } };
        var shared = new DocxWriter(WithTimeline);
        foreach (var document in new[] { english, german, letter, english })
            Assert.Equal(Bytes(new DocxWriter(WithTimeline), document), Bytes(shared, document));
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

    [Fact]
    public void Every_part_is_listed_with_its_content_type_and_reached_by_a_relationship()
    {
        // The writer builds the package itself (not through System.IO.Packaging): a reader that goes by the content
        // types and relationships, as Word does, must find every part under the type its kind needs.
        var jpeg = new ImageData([0xFF, 0xD8, 0xFF, 0xD9], ImageFormat.Jpeg, 40, 20);
        var svg = new ImageData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>"u8.ToArray(), ImageFormat.Svg, 40, 20);
        var fixture = PostmortemFixture.Create(extraBlocks:
        [
            new FigureBlock("a.jpg", "A photo", "A photo", jpeg),
            new FigureBlock("b.svg", "A drawing", "A drawing", svg),
            new FigureBlock("c.jpg", "Another photo", "Another photo", jpeg),
        ]);
        var document = fixture with { Settings = fixture.Settings with { SourceBytes = "id: INC-1\n"u8.ToArray(),
            Source = new SourceFingerprint(new string('a', 64), new string('b', 64), "0.1.0") } };
        var options = WithTimeline with { SvgRasterizer = (_, _, _) => new RasterizedSvg(TestPng.Create(40, 20), []) };

        using var package = System.IO.Packaging.Package.Open(new MemoryStream(Bytes(new DocxWriter(options), document)), FileMode.Open, FileAccess.Read);
        var parts = package.GetParts().Where(p => !p.Uri.OriginalString.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var types = parts.ToDictionary(p => p.Uri.OriginalString, p => p.ContentType);
        const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        Assert.Equal(new Dictionary<string, string>
        {
            ["/word/document.xml"] = Word + "document.main+xml",
            ["/word/styles.xml"] = Word + "styles+xml",
            ["/word/numbering.xml"] = Word + "numbering+xml",
            ["/word/settings.xml"] = Word + "settings+xml",
            ["/word/header1.xml"] = Word + "header+xml",
            ["/word/footer1.xml"] = Word + "footer+xml",
            ["/docProps/core.xml"] = "application/vnd.openxmlformats-package.core-properties+xml",
            ["/docProps/custom.xml"] = "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            ["/customXml/item.xml"] = "application/xml",
            ["/customXml/itemProps1.xml"] = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
            ["/media/image.png"] = "image/png", // the timeline
            ["/media/image2.png"] = "image/png", // the metrics figure
            ["/media/image.jpg"] = "image/jpeg",
            ["/media/image3.png"] = "image/png", // the SVG's fallback
            ["/media/image.svg"] = "image/svg+xml",
            ["/media/image2.jpg"] = "image/jpeg",
        }.OrderBy(p => p.Key), types.OrderBy(p => p.Key));

        var sources = parts.Select(p => (p.Uri, p.GetRelationships()))
            .Prepend((new Uri("/", UriKind.Relative), package.GetRelationships())); // "/": the package itself
        var reached = new HashSet<string>();
        foreach (var (source, relationships) in sources)
        {
            foreach (var relationship in relationships.Where(r => r.TargetMode == System.IO.Packaging.TargetMode.Internal))
            {
                var target = PackUriHelper.ResolvePartUri(source, relationship.TargetUri);
                Assert.True(package.PartExists(target), $"{source} → {target}");
                reached.Add(target.OriginalString);
            }
        }
        Assert.Equal(types.Keys.Order(), reached.Order());
    }
}
