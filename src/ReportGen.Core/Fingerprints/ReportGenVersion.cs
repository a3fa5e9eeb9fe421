using System.Reflection;

namespace ReportGen.Core.Fingerprints;

/// <summary>The version of ReportGen recorded in every output (all projects share one version).</summary>
public static class ReportGenVersion
{
    /// <summary>The informational version without build metadata: <c>0.1.0</c>, not <c>0.1.0+9f1c…</c>. The SDK
    /// appends the commit to the informational version; recording that would change every output with every
    /// commit, so only the version proper is kept.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(ReportGenVersion).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrWhiteSpace(informational))
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
