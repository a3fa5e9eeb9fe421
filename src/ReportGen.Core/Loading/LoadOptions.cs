using ReportGen.Document;

namespace ReportGen.Core.Loading;

/// <summary>Limits that keep loading a hostile or broken file bounded in time and memory.</summary>
public sealed record LoadOptions
{
    /// <summary>Largest file accepted, in bytes (checked before reading). Default 5 MiB.</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists accepted. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most values a file may stand for once YAML aliases are expanded. Default 100,000.</summary>
    public long MaxExpandedValues { get; init; } = 100_000;

    /// <summary>Largest figure accepted, in pixels (width × height). Default 50 megapixels.</summary>
    public long MaxImagePixels { get; init; } = Layouts.ThemeLimits.DefaultMaxLogoPixels;

    /// <summary>Largest figure image file accepted, in bytes (checked before reading). Default 20 MiB.</summary>
    public long MaxImageBytes { get; init; } = ImageProbe.DefaultMaxImageBytes;

    /// <summary>Link schemes the layout's theme makes clickable besides http, https and mailto (validation warns about
    /// link targets with any other scheme). Default none.</summary>
    public IReadOnlyCollection<string> LinkSchemes { get; init; } = [];

    /// <summary>Whether figure files are opened to check that they exist and are images. Default true.</summary>
    public bool CheckFigureFiles { get; init; } = true;
}
