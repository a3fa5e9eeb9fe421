namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>Every example and test document passes verapdf-sharp's PDF/UA-1 and PDF/A-2a rules with no failure: the
/// file claims both (XMP <c>pdfuaid:part 1</c>, <c>pdfaid:part 2</c> conformance A), so it must keep both.</summary>
public class ConformanceTests
{
    public static TheoryData<string> Cases => TaggingCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_pdf_ua_1(string name) => Passes(name, "ua1");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_pdf_a_2a(string name) => Passes(name, "2a");

    private static void Passes(string name, string flavour)
    {
        if (VeraPdf.SkipReason is not null)
            return; // .ci/run printed why the checker is not available
        var verdict = VeraPdf.Check(TaggingCases.Pdf(name), flavour);
        Assert.True(verdict.StartsWith("PASS", StringComparison.Ordinal), $"{name} is not {flavour}:\n{verdict}");
    }
}
