using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Damaged files must fail with a clear, typed error, never an index or null-reference crash.</summary>
public sealed class PdfOutlineCorruptInputTests
{
    private static readonly OutlineItem[] Items = [new("Heading", 1, 0, 0), new("Sub", 2, 1, 10)];

    // Seed 530 once put an xref offset past the end of the file (an IndexOutOfRangeException before the fix).
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40), 530];

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
            damaged[position] = (byte)"0123456789 /<>[]()R%\nxobj"[random.Next(25)];
        }

        return random.Next(5) == 0 ? damaged[..random.Next(tailStart, pdf.Length)] : damaged;
    }
}
