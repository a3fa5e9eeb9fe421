using System.Text;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PdfFile;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>The low-level PDF syntax our file writer produces: numbers, strings, objects, cross-references, paths.</summary>
public class PdfSyntaxTests
{
    private static string Written(Action<PdfBytes> write)
    {
        var bytes = new PdfBytes(4);
        write(bytes);
        return Encoding.Latin1.GetString(bytes.Span);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(12, "12")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.125, "0.125")]
    [InlineData(1.2345, "1.235")] // three decimals at most, rounded half away from zero
    [InlineData(-0.0004, "0")] // no "-0"
    [InlineData(841.89, "841.89")]
    [InlineData(1e9, "1000000000")]
    [InlineData(double.NaN, "0")]
    [InlineData(double.PositiveInfinity, "0")]
    public void Numbers_are_short_invariant_and_always_valid_syntax(double value, string expected) =>
        Assert.Equal(expected, Written(b => b.Number(value)));

    [Theory]
    [InlineData("Plain title", "(Plain title)")]
    [InlineData("a (b) \\ c", "(a \\(b\\) \\\\ c)")]
    [InlineData("Zürich", "<FEFF005A00FC0072006900630068>")]
    [InlineData("tab\there", "<FEFF00740061006200090068006500720065>")] // control characters never go into a literal
    public void Text_strings_escape_what_a_literal_cannot_hold(string text, string expected) =>
        Assert.Equal(expected, Written(b => b.TextString(text)));

    [Fact]
    public void Url_bytes_outside_printable_ascii_are_escaped_in_octal() =>
        Assert.Equal("(https://x.test/\\303\\274?q=\\(1\\))", Written(b => b.LiteralBytes(Encoding.UTF8.GetBytes("https://x.test/ü?q=(1)"))));

    [Fact]
    public void Glyph_ids_are_four_hex_digits() => Assert.Equal("00000ABCFFFF", Written(b => b.Hex16(0).Hex16(0xABC).Hex16(0xFFFF)));

    [Fact]
    public void Cross_reference_entries_point_at_each_object_and_qpdf_accepts_the_file()
    {
        var pdf = Build();
        var text = Encoding.Latin1.GetString(pdf);
        // qpdf decodes the cross-reference stream: each object at its offset, the annotation inside an object stream.
        var xref = PdfTools.Run("qpdf", pdf, "--show-xref", "{pdf}").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var uncompressed = xref.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\d+)/0: uncompressed; offset = (\d+)$"))
            .Where(m => m.Success).ToList();
        Assert.Equal(7, uncompressed.Count); // five objects, the object stream and the cross-reference stream
        foreach (var entry in uncompressed)
            Assert.StartsWith($"{entry.Groups[1].Value} 0 obj", text[int.Parse(entry.Groups[2].Value)..]);
        Assert.Contains(xref, l => l.StartsWith("6/0: compressed; stream = 7, index = 0", StringComparison.Ordinal));
        Assert.Contains("(https://x.test)", Encoding.Latin1.GetString(PdfTools.Rewrite(pdf, "--qdf", "--object-streams=disable")));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        Assert.Equal(pdf, Build()); // the /ID is a hash of the content, not a clock or a random number

        static byte[] Build()
        {
            var file = new PdfFileBuilder();
            var catalog = file.Reserve();
            var pages = file.Reserve();
            var info = file.Reserve();
            var page = file.Reserve();
            var content = file.Reserve();
            var link = file.Reserve();
            file.Stream(content, default, "0 0 1 rg 10 10 100 50 re f\n"u8);
            file.CompactObject(link, file.Scratch().Ascii("<</Type/Annot/Subtype/Link/Rect[0 0 10 10]/A<</S/URI/URI(https://x.test)>>>>"));
            file.Object(page, file.Scratch().Ascii("<</Type/Page/Parent ").Reference(pages).Ascii("/MediaBox[0 0 200 100]/Contents ")
                .Reference(content).Ascii("/Annots[").Reference(link).Ascii("]>>"));
            file.Object(pages, file.Scratch().Ascii("<</Type/Pages/Kids[").Reference(page).Ascii("]/Count 1>>"));
            file.Object(catalog, file.Scratch().Ascii("<</Type/Catalog/Pages ").Reference(pages).Ascii(">>"));
            file.Object(info, file.Scratch().Ascii("<</Title").TextString("t").Ascii(">>"));
            return file.Finish(catalog, info);
        }
    }

    [Fact]
    public void An_object_reserved_but_never_written_or_written_twice_is_a_bug_caught_before_a_broken_file_is_produced()
    {
        var file = new PdfFileBuilder();
        var catalog = file.Reserve();
        var missing = file.Reserve();
        var compacted = file.Reserve();
        file.Object(catalog, "<<>>"u8);
        file.CompactObject(compacted, file.Scratch().Ascii("<<>>"));
        Assert.Throws<InvalidOperationException>(() => file.Object(catalog, "<<>>"u8));
        Assert.Throws<InvalidOperationException>(() => file.CompactObject(catalog, file.Scratch().Ascii("<<>>")));
        Assert.Throws<InvalidOperationException>(() => file.CompactObject(compacted, file.Scratch().Ascii("<<>>")));
        Assert.Throws<InvalidOperationException>(() => file.Object(compacted, "<<>>"u8));
        Assert.Contains($"object {missing}", Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, catalog)).Message);
    }

    [Fact]
    public void Quadratic_curves_become_the_exact_cubic()
    {
        var path = new VectorPathBuilder().MoveTo(0, 0).QuadTo(30, 60, 90, 0).Build();
        var content = new ContentStream();
        PathWriter.Write(content, path);
        Assert.Equal("0 0 m\n20 40 50 40 90 0 c\n", Encoding.Latin1.GetString(content.Bytes.Span));
    }

    [Fact]
    public void A_conic_quarter_circle_stays_within_a_hundredth_of_a_point_of_the_circle()
    {
        const float r = 100;
        var path = new VectorPathBuilder().MoveTo(r, 0).ConicTo(r, r, 0, r, MathF.Sqrt(2) / 2).Build();
        var content = new ContentStream();
        PathWriter.Write(content, path);
        var curves = Encoding.Latin1.GetString(content.Bytes.Span).Split('\n').Where(l => l.EndsWith(" c", StringComparison.Ordinal)).ToList();
        Assert.InRange(curves.Count, 2, 16);
        double x0 = r, y0 = 0;
        foreach (var curve in curves)
        {
            var v = curve[..^2].Split(' ').Select(double.Parse).ToArray();
            for (var t = 0.0; t <= 1; t += 0.1)
            {
                double u = 1 - t;
                var x = u * u * u * x0 + 3 * u * u * t * v[0] + 3 * u * t * t * v[2] + t * t * t * v[4];
                var y = u * u * u * y0 + 3 * u * u * t * v[1] + 3 * u * t * t * v[3] + t * t * t * v[5];
                Assert.InRange(Math.Sqrt(x * x + y * y), r - 0.01, r + 0.01);
            }
            (x0, y0) = (v[4], v[5]);
        }
        Assert.Equal((0.0, r), (Math.Round(x0, 3), Math.Round(y0, 3)));
    }

    [Fact]
    public void Jpeg_headers_give_size_and_components_and_anything_else_is_refused()
    {
        using var bitmap = new SkiaSharp.SKBitmap(37, 21);
        bitmap.Erase(SkiaSharp.SKColors.Teal);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90);
        Assert.Equal(new JpegHeader(37, 21, 3), JpegHeader.TryRead(jpeg.ToArray()));
        Assert.Null(JpegHeader.TryRead(jpeg.ToArray()[..20])); // cut before the frame header
        Assert.Null(JpegHeader.TryRead("not a jpeg"u8));
        Assert.Null(JpegHeader.TryRead([]));
    }
}

public class NamedDestinationTests
{
    [Fact]
    public void Names_sort_by_their_written_bytes_so_viewers_can_search_the_tree()
    {
        var names = new NamedDestinations();
        foreach (var name in new[] { "b", "a-\u00F1", "A", "\u00E9t\u00E9", "a" })
            names.Add(name, 0, 0, 0);
        names.Add("a", 3, 1, 1); // a second definition does not move the first
        // Plain names are literal strings; the others are UTF-16 with FE FF first, which sorts after any ASCII byte.
        Assert.Equal(["A", "a", "b", "a-\u00F1", "\u00E9t\u00E9"], names.Sorted().Select(n => n.Name));
        Assert.Equal(0, names.Sorted().Single(n => n.Name == "a").Page);
    }
}
