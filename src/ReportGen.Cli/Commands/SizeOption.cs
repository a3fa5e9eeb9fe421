using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Commands;

/// <summary>Size options shared by validate and render (<c>--max-file-size</c>, <c>--max-image-size</c>): "5MiB",
/// "200KiB", "1MB", "512k" or plain bytes. Zero, negative, overflowing and absurd sizes are usage errors (exit 2), never
/// a wrapped-around number.</summary>
internal static class SizeOption
{
    /// <summary>The largest limit accepted: an incident file or an image is read into memory whole.</summary>
    public const long MaxAccepted = 1L << 30;

    private const string Examples = "write e.g. 5MiB, 200KiB or 1048576";

    /// <summary>Declares <c>--max-file-size</c>: the largest incident file accepted.</summary>
    public static Option<long> Create() => Create("--max-file-size",
        "Largest incident file accepted, e.g. 5MiB (default), 200KiB or a number of bytes; at most 1GiB.",
        new LoadOptions().MaxFileBytes);

    /// <summary>Declares <c>--max-image-size</c>: the largest figure file accepted.</summary>
    public static Option<long> CreateImageSize() => Create("--max-image-size",
        "Largest figure image file accepted, e.g. 20MiB (default) or a number of bytes; at most 1GiB.",
        new LoadOptions().MaxImageBytes);

    private static Option<long> Create(string name, string description, long defaultValue) => new(name)
    {
        Description = description,
        HelpName = "SIZE",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (TryParse(text, out var bytes, out var error, name))
                return bytes;
            result.AddError(error!);
            return 0;
        },
    };

    /// <summary>Reads a size given to <paramref name="option"/>; on failure <paramref name="error"/> says what was
    /// wrong and what to write.</summary>
    internal static bool TryParse(string text, out long bytes, out string? error, string option = "--max-file-size")
    {
        bytes = 0;
        error = null;
        var trimmed = text.Trim();
        var digits = trimmed.TakeWhile(char.IsAsciiDigit).Count();
        var unit = trimmed[digits..].Trim().ToLowerInvariant();
        long? factor = unit switch
        {
            "" or "b" => 1,
            "k" or "kb" or "kib" => 1L << 10,
            "m" or "mb" or "mib" => 1L << 20,
            "g" or "gb" or "gib" => 1L << 30,
            _ => null,
        };
        if (trimmed.StartsWith('-'))
            error = $"{option} '{text}' is negative: give a size above zero; {Examples}";
        else if (digits == 0 || factor is null)
            error = $"{option} '{text}' is not a size: {Examples}";
        else if (!long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                 || n > MaxAccepted / factor.Value)
            error = $"{option} '{text}' is more than the 1GiB accepted: the file is read into memory whole; {Examples}";
        else if (n == 0)
            error = $"{option} '{text}' is zero: give a size above zero; {Examples}";
        else
            bytes = n * factor.Value;
        return error is null;
    }
}
