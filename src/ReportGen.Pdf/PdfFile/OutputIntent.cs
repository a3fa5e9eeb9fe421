namespace ReportGen.Pdf.PdfFile;

/// <summary>The PDF/A output intent: what the pages' device RGB colours mean, given as the shipped sRGB ICC profile
/// (<c>ColorProfiles/sRGB.icc</c>, zlib licence). PDF/A requires it of any file that paints in a device colour space.</summary>
internal static class OutputIntent
{
    private const string Condition = "sRGB IEC61966-2.1";

    // Deflated once per process: the same constant in every file (immutable once made, so safe to share between
    // threads). Deflating it per file was most of the output intent's 0.01 ms.
    private static readonly Lazy<byte[]> DeflatedProfile = new(() =>
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream("ReportGen.Pdf.ColorProfiles.sRGB.icc")
            ?? throw new InvalidOperationException("the sRGB colour profile is missing from ReportGen.Pdf.dll");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return PdfFileBuilder.DeflateOnce(bytes);
    });

    /// <summary>Writes the profile and the output intent; returns the intent's object number (for the catalog's
    /// <c>/OutputIntents</c>).</summary>
    public static int Write(PdfFileBuilder file)
    {
        var profile = file.Reserve();
        file.DeflatedStream(profile, "/N 3"u8, DeflatedProfile.Value);
        var intent = file.Reserve();
        file.Object(intent, file.Scratch().Ascii("<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier").TextString(Condition)
            .Ascii("/RegistryName(http://www.color.org)/Info").TextString(Condition).Ascii("/DestOutputProfile ").Reference(profile)
            .Ascii(">>"));
        return intent;
    }
}
