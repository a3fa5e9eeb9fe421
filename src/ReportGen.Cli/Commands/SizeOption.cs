using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Commands;

/// <summary><c>--max-file-size SIZE</c>, shared by validate and render: "5MiB", "200KiB", "1MB", "512k" or plain bytes.
/// Zero, negative, overflowing and absurd sizes are usage errors (exit 2), never a wrapped-around number.</summary>
internal static class SizeOption
{
    /// <summary>The largest limit accepted: an incident file is read into memory whole.</summary>
    public const long MaxAccepted = 1L << 30;

    private const string Examples = "write e.g. 5MiB, 200KiB or 1048576";

    /// <summary>Declares the option.</summary>
    public static Option<long> Create() => new("--max-file-size")
    {
        Description = "Largest incident file accepted, e.g. 5MiB (default), 200KiB or a number of bytes; at most 1GiB.",
        HelpName = "SIZE",
        DefaultValueFactory = _ => new LoadOptions().MaxFileBytes,
        CustomParser = Parse,
    };

    private static long Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (TryParse(text, out var bytes, out var error))
            return bytes;
        result.AddError(error!);
        return 0;
    }

    /// <summary>Reads a size; on failure <paramref name="error"/> says what was wrong and what to write.</summary>
    internal static bool TryParse(string text, out long bytes, out string? error)
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
            error = $"--max-file-size '{text}' is negative: give a size above zero; {Examples}";
        else if (digits == 0 || factor is null)
            error = $"--max-file-size '{text}' is not a size: {Examples}";
        else if (!long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                 || n > MaxAccepted / factor.Value)
            error = $"--max-file-size '{text}' is more than the 1GiB accepted: an incident file is read into memory whole; {Examples}";
        else if (n == 0)
            error = $"--max-file-size '{text}' is zero: give a size above zero; {Examples}";
        else
            bytes = n * factor.Value;
        return error is null;
    }
}
