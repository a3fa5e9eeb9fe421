namespace ReportGen.Core.Starter;

/// <summary>The commented starter incident that <c>reportgen init</c> writes: every section of the format, with
/// placeholders that validation reports as warnings (never errors), so a responder can start filling it in.</summary>
public static class StarterIncident
{
    /// <summary>The starter file's text (UTF-8, LF line ends).</summary>
    public static string Text { get; } = ReadResource();

    private static string ReadResource()
    {
        using var stream = typeof(StarterIncident).Assembly.GetManifestResourceStream("ReportGen.Core.Starter.starter.yaml")
            ?? throw new InvalidOperationException("starter.yaml is not embedded in ReportGen.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
