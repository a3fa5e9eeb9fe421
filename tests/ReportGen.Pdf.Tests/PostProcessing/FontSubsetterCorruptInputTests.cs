using ReportGen.Pdf.PdfFile;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Damaged font files must give a managed error or a font, never crash the process in native code.</summary>
public sealed class FontSubsetterCorruptInputTests
{
    private static readonly byte[] FullFont = File.ReadAllBytes(SamplePdf.RegularFontPath);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_font_gives_an_argument_or_subset_error_or_a_font(int seed)
    {
        var random = new Random(seed);
        byte[] damaged = (byte[])FullFont.Clone();
        for (int change = 0; change < 20; change++)
        {
            // The table directory and the small tables near the start are where damage matters most.
            damaged[random.Next(random.Next(2) == 0 ? 2048 : damaged.Length)] = (byte)random.Next(256);
        }

        if (random.Next(3) == 0)
        {
            damaged = damaged[..random.Next(12, damaged.Length)];
        }

        Exception? error = Record.Exception(() => FontSubsetter.Subset(damaged, [36, 37, 38, 68, 69]));

        Assert.True(error is null or ArgumentException or InvalidOperationException,
            $"seed {seed}: unexpected {error?.GetType().Name}: {error?.Message}");
    }
}
