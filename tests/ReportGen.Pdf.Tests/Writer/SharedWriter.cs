namespace ReportGen.Pdf.Tests.Writer;

/// <summary>One writer for all tests, as one run of the tool would share it (fonts load once).</summary>
internal static class SharedWriter
{
    public static PdfWriter Instance { get; } = new();

    public static byte[] Pdf(ReportGen.Document.ReportDocument document, out ReportGen.Document.WriteResult result)
    {
        using var stream = new MemoryStream();
        result = Instance.Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] Pdf(ReportGen.Document.ReportDocument document) => Pdf(document, out _);

    /// <summary>Where tests drop files for a person to look at (kept after the run).</summary>
    public static string ArtifactDirectory
    {
        get
        {
            var dir = Path.Combine(Path.GetTempPath(), "reportgen-pdf-tests");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
