namespace ReportGen.Docx;

/// <summary>Conversions from points (the theme's unit) to the units OpenXML wants.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point, used for page size, margins, indents and table widths.</summary>
    public static int Twips(double points) => (int)Math.Round(points * 20);

    /// <summary>English Metric Units (914400 per inch), used for drawing extents.</summary>
    public static long Emu(double points) => (long)Math.Round(points * 12700);

    /// <summary>Half-points, used for font sizes.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Eighths of a point, used for border widths.</summary>
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8);
}
