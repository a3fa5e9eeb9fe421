namespace ReportGen.Pdf.Text;

/// <summary>Which characters are strongly right-to-left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).</summary>
internal static class Bidi
{
    public static bool IsRightToLeft(int codePoint) =>
        codePoint is >= 0x0590 and <= 0x08FF
            or >= 0xFB1D and <= 0xFDFF
            or >= 0xFE70 and <= 0xFEFF
            or >= 0x10800 and <= 0x10FFF
            or >= 0x1E800 and <= 0x1EFFF;
}
