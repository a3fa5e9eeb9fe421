namespace ReportGen.Pdf.Text;

/// <summary>The faces a report uses; each maps to one shipped font file.</summary>
internal enum FontRole
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
    MonoBold,
}

/// <summary>Combining roles the way nested inlines combine (bold inside italic is bold italic).</summary>
internal static class FontRoles
{
    public static FontRole WithBold(this FontRole role) => role switch
    {
        FontRole.Regular => FontRole.Bold,
        FontRole.Italic => FontRole.BoldItalic,
        FontRole.Mono => FontRole.MonoBold,
        _ => role,
    };

    public static FontRole WithItalic(this FontRole role) => role switch
    {
        FontRole.Regular => FontRole.Italic,
        FontRole.Bold => FontRole.BoldItalic,
        _ => role,
    };

    public static bool IsMono(this FontRole role) => role is FontRole.Mono or FontRole.MonoBold;

    public static bool IsBold(this FontRole role) => role is FontRole.Bold or FontRole.BoldItalic or FontRole.MonoBold;
}
