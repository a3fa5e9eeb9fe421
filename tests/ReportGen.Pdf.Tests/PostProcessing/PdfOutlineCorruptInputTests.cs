using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Damaged files must fail with a clear, typed error, never an index or null-reference crash.</summary>
public sealed class PdfOutlineCorruptInputTests
{
    private static readonly OutlineItem[] Items = [new("Heading", 1, 0, 0), new("Sub", 2, 1, 10)];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Fact]
    public void Xref_offset_past_the_end_of_the_file_is_a_pdf_error()
    {
        // Once an IndexOutOfRangeException: the catalog's xref entry pointing beyond the last byte.
        byte[] pdf = OriginalPdf();
        string text = System.Text.Encoding.Latin1.GetString(pdf);
        int root = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"/Root (\d+) 0 R").Groups[1].Value);
        int firstEntry = text.IndexOf('\n', text.LastIndexOf("xref\n0 ", StringComparison.Ordinal) + 5) + 1;
        int catalogEntry = firstEntry + (root * 20); // the one subsection starts at object 0; entries are 20 bytes
        Assert.Equal(" 00000 n \n", text.Substring(catalogEntry + 10, 10));
        "9999999999"u8.CopyTo(pdf.AsSpan(catalogEntry));
        using var stream = new MemoryStream();
        stream.Write(pdf);

        var error = Assert.Throws<InvalidDataException>(() => PdfOutline.Append(stream, Items));
        Assert.Contains("past the end of the file", error.Message);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupted_structure_gives_a_pdf_error_or_a_valid_result(int seed)
    {
        byte[] pdf = Corrupt(OriginalPdf(), new Random(seed));
        using var stream = new MemoryStream();
        stream.Write(pdf);

        Exception? error = Record.Exception(() => PdfOutline.Append(stream, Items));

        if (error is null)
        {
            Assert.True(stream.Length > pdf.Length, "an update should have been appended");
        }
        else
        {
            Assert.True(error is InvalidDataException or NotSupportedException or ArgumentOutOfRangeException,
                $"seed {seed}: unexpected {error.GetType().Name}: {error.Message}");
            Assert.DoesNotContain("Exception", error.Message);
        }
    }

    private static byte[] OriginalPdf()
    {
        using SKTypeface font = SKTypeface.FromFile(SamplePdf.RegularFontPath);
        return SamplePdf.Render(font, font, [["One"], ["Two"]]);
    }

    // Damages the parts this post-pass reads: the object dictionaries at the start (the font program in the
    // middle is never parsed) and the xref table, trailer and startxref at the end.
    private static byte[] Corrupt(byte[] pdf, Random random)
    {
        byte[] damaged = (byte[])pdf.Clone();
        int tailStart = pdf.Length - 700;
        for (int change = 0; change < 1 + random.Next(4); change++)
        {
            int position = random.Next(2) == 0 ? random.Next(9, 1600) : random.Next(tailStart, pdf.Length);
            if (random.Next(4) == 0)
            {
                // A run of digits too long for an int, where object numbers and offsets are read.
                "99999999999"u8.CopyTo(damaged.AsSpan(Math.Min(position, damaged.Length - 11)));
            }
            else
            {
                damaged[position] = (byte)"0123456789 /<>[]()R%\nxobj"[random.Next(25)];
            }
        }

        return random.Next(5) == 0 ? damaged[..random.Next(tailStart, pdf.Length)] : damaged;
    }
}
