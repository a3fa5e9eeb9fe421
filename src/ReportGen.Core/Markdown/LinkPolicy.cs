namespace ReportGen.Core.Markdown;

/// <summary>Which link targets a report makes clickable: http, https and mailto, anchors inside the report
/// (<c>#action-a1</c>), and the schemes a layout's theme adds (<c>link_schemes</c>). Anything else (javascript:,
/// vbscript:, data:, file:, a path without a scheme) is printed as text. The scheme is read the way browsers and PDF
/// viewers read it: leading spaces and control characters dropped, tabs and line breaks removed anywhere
/// (<c>java&#9;script:</c> is <c>javascript:</c>), any case. Immutable.</summary>
internal sealed class LinkPolicy
{
    /// <summary>The schemes every report allows.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["http", "https", "mailto"];

    /// <summary>Schemes no theme may allow: they run script when clicked.</summary>
    public static readonly IReadOnlyList<string> NeverAllowed = ["javascript", "vbscript"];

    /// <summary>Only the built-in schemes.</summary>
    public static LinkPolicy Default { get; } = new([]);

    private readonly HashSet<string> _schemes;
    private readonly bool _localPdfs;

    /// <param name="extraSchemes">Schemes a theme allows besides <see cref="BuiltIn"/> (any case; those in
    /// <see cref="NeverAllowed"/> are ignored: the theme reader reports them).</param>
    /// <param name="localPdfs">Whether a link to a PDF in the document's own folder stays clickable
    /// (<see cref="Document.RelativeLink.IsLocalPdf"/>): a review links each incident to its report beside it.</param>
    public LinkPolicy(IEnumerable<string> extraSchemes, bool localPdfs = false)
    {
        _localPdfs = localPdfs;
        _schemes = new HashSet<string>(BuiltIn, StringComparer.Ordinal);
        foreach (var scheme in extraSchemes)
        {
            var name = scheme.Trim().TrimEnd(':').ToLowerInvariant();
            if (IsSchemeName(name) && !NeverAllowed.Contains(name)) _schemes.Add(name);
        }
    }

    /// <summary>The schemes allowed, for messages: <c>http, https, mailto</c>.</summary>
    public string Describe() => string.Join(", ", BuiltIn.Concat(_schemes.Except(BuiltIn).Order(StringComparer.Ordinal)));

    /// <summary>True when a link to <paramref name="url"/> may be clickable.</summary>
    public bool Allows(string url)
    {
        var target = Normalise(url);
        if (target.StartsWith('#')) return target.Length > 1;
        if (_localPdfs && Document.RelativeLink.IsLocalPdf(target)) return true;
        return Scheme(target) is { } scheme && _schemes.Contains(scheme);
    }

    /// <summary>The lower-case scheme of <paramref name="url"/> as a browser reads it, or null when it has none
    /// (a relative path, <c>//host</c>, or something that is not a scheme).</summary>
    public static string? SchemeOf(string url) => Scheme(Normalise(url));

    /// <summary>A scheme name as RFC 3986 defines it: a letter, then letters, digits, <c>+ . -</c>.</summary>
    public static bool IsSchemeName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-');

    /// <summary>The target as shown in print when it is not clickable: control characters as spaces.</summary>
    public static string Printable(string url) => new(url.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static string? Scheme(string target)
    {
        var colon = target.IndexOf(':');
        if (colon <= 0) return null;
        var name = target[..colon];
        return IsSchemeName(name) ? name.ToLowerInvariant() : null;
    }

    /// <summary>What URL parsers do before reading a scheme: strip leading and trailing C0 controls and spaces, and
    /// remove ASCII tabs and line breaks everywhere.</summary>
    private static string Normalise(string url)
    {
        var trimmed = url.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F ");
        if (!trimmed.ContainsAny('\t', '\n', '\r')) return trimmed.ToString();
        var chars = new List<char>(trimmed.Length);
        foreach (var c in trimmed)
            if (c is not ('\t' or '\n' or '\r')) chars.Add(c);
        return new string(chars.ToArray());
    }
}
