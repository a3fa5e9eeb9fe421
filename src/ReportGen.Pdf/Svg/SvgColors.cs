using System.Globalization;
using ReportGen.Document;

namespace ReportGen.Pdf.Svg;

/// <summary>Parses CSS colours: the named colours, <c>#rgb</c>, <c>#rgba</c>, <c>#rrggbb</c>, <c>#rrggbbaa</c>,
/// <c>rgb()</c>/<c>rgba()</c> with numbers or percentages, <c>hsl()</c>/<c>hsla()</c>, <c>transparent</c>.</summary>
internal static class SvgColors
{
    // The CSS named colours (CSS Color Module Level 4), as 0xRRGGBB.
    private static readonly Dictionary<string, int> Named = BuildNamed(
        "aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 " +
        "black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 " +
        "cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc " +
        "crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 " +
        "darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f " +
        "darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f " +
        "darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 " +
        "deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 " +
        "floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 " +
        "goldenrod daa520 gray 808080 grey 808080 green 008000 greenyellow adff2f honeydew f0fff0 hotpink ff69b4 " +
        "indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 " +
        "lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff " +
        "lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 " +
        "lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 " +
        "lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff " +
        "maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db " +
        "mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc " +
        "mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 " +
        "navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 " +
        "orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee " +
        "palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd " +
        "powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 " +
        "saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d " +
        "silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa " +
        "springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 " +
        "turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32");

    /// <summary>The colour and its alpha (0..1), or null when the text is not a colour.</summary>
    public static (RgbColor Color, float Alpha)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().ToLowerInvariant();
        if (t == "transparent")
            return (new RgbColor(0, 0, 0), 0);
        if (Named.TryGetValue(t, out var rgb))
            return (FromInt(rgb), 1);
        if (t.StartsWith('#'))
            return Hex(t[1..]);
        if (t.IndexOf('(', StringComparison.Ordinal) is > 0 and var open && t.IndexOf(')', StringComparison.Ordinal) is var close && close > open)
        {
            if (t.StartsWith("rgb", StringComparison.Ordinal))
                return Functional(t[(open + 1)..close]);
            if (t.StartsWith("hsl", StringComparison.Ordinal))
                return Hsl(t[(open + 1)..close]);
        }
        return null;
    }

    private static (RgbColor, float)? Hex(string hex)
    {
        if (!hex.All(char.IsAsciiHexDigit))
            return null;
        string Expand(int i) => new(hex[i], 2);
        byte Byte(string two) => byte.Parse(two, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return hex.Length switch
        {
            3 => (new RgbColor(Byte(Expand(0)), Byte(Expand(1)), Byte(Expand(2))), 1f),
            4 => (new RgbColor(Byte(Expand(0)), Byte(Expand(1)), Byte(Expand(2))), Byte(Expand(3)) / 255f),
            6 => (new RgbColor(Byte(hex[..2]), Byte(hex[2..4]), Byte(hex[4..6])), 1f),
            8 => (new RgbColor(Byte(hex[..2]), Byte(hex[2..4]), Byte(hex[4..6])), Byte(hex[6..8]) / 255f),
            _ => null,
        };
    }

    private static (RgbColor, float)? Functional(string arguments)
    {
        var parts = arguments.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
            return null;
        var channels = new byte[3];
        for (var i = 0; i < 3; i++)
        {
            var percent = parts[i].EndsWith('%');
            if (SvgValues.Number(percent ? parts[i][..^1] : parts[i]) is not { } n)
                return null;
            channels[i] = (byte)Math.Clamp(Math.Round(percent ? n * 2.55f : n), 0, 255);
        }
        if (Alpha(parts) is not { } alpha)
            return null;
        return (new RgbColor(channels[0], channels[1], channels[2]), alpha);
    }

    /// <summary>hsl()/hsla(): hue in degrees (deg/turn units too), saturation and lightness in percent (Mermaid's
    /// themes write their colours this way).</summary>
    private static (RgbColor, float)? Hsl(string arguments)
    {
        var parts = arguments.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
            return null;
        var hueText = parts[0];
        var turns = hueText.EndsWith("turn", StringComparison.Ordinal);
        hueText = hueText.Replace("turn", "", StringComparison.Ordinal).Replace("deg", "", StringComparison.Ordinal);
        if (SvgValues.Number(hueText) is not { } hue || SvgValues.Number(parts[1].TrimEnd('%')) is not { } sat ||
            SvgValues.Number(parts[2].TrimEnd('%')) is not { } light)
            return null;
        var h = ((turns ? hue * 360 : hue) % 360 + 360) % 360 / 360f;
        var sl = Math.Clamp(sat / 100, 0, 1);
        var l = Math.Clamp(light / 100, 0, 1);
        var q = l < 0.5f ? l * (1 + sl) : l + sl - l * sl;
        var p = 2 * l - q;
        byte Channel(float t)
        {
            t = (t % 1 + 1) % 1;
            var v = t < 1 / 6f ? p + (q - p) * 6 * t : t < 0.5f ? q : t < 2 / 3f ? p + (q - p) * (2 / 3f - t) * 6 : p;
            return (byte)Math.Clamp(Math.Round(v * 255), 0, 255);
        }
        if (Alpha(parts) is not { } alpha)
            return null;
        return (new RgbColor(Channel(h + 1 / 3f), Channel(h), Channel(h - 1 / 3f)), alpha);
    }

    private static RgbColor FromInt(int rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    private static Dictionary<string, int> BuildNamed(string table)
    {
        var parts = table.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new Dictionary<string, int>(parts.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < parts.Length; i += 2)
            result[parts[i]] = int.Parse(parts[i + 1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return result;
    }

    /// <summary>The optional fourth part of rgb()/hsl(): a number or a percentage, clamped to 0..1; 1 when absent,
    /// null when it is not a number.</summary>
    private static float? Alpha(string[] parts)
    {
        if (parts.Length != 4)
            return 1f;
        var percent = parts[3].EndsWith('%');
        if (SvgValues.Number(percent ? parts[3][..^1] : parts[3]) is not { } a)
            return null;
        return Math.Clamp(percent ? a / 100 : a, 0, 1);
    }
}
