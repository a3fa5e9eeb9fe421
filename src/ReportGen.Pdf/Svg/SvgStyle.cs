using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>The inherited style properties in effect at an element (SVG's initial values at the root). Paints stay
/// as text (<c>none</c>, a colour, <c>url(#id)</c>, <c>currentColor</c>) until a shape's box is known.</summary>
internal sealed record SvgStyle
{
    public string Fill { get; init; } = "black";
    public float FillOpacity { get; init; } = 1;
    public FillRule FillRule { get; init; } = FillRule.NonZero;
    public string Stroke { get; init; } = "none";
    public float StrokeOpacity { get; init; } = 1;
    public float StrokeWidth { get; init; } = 1;
    public LineCap LineCap { get; init; } = LineCap.Butt;
    public LineJoin LineJoin { get; init; } = LineJoin.Miter;
    public float MiterLimit { get; init; } = 4;
    public IReadOnlyList<float>? Dashes { get; init; }
    public float DashOffset { get; init; }
    public (RgbColor Color, float Alpha) CurrentColor { get; init; } = (new RgbColor(0, 0, 0), 1);
    public string FontFamily { get; init; } = "sans-serif";
    public float FontSize { get; init; } = 16;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public string TextAnchor { get; init; } = "start";
    public string Baseline { get; init; } = "auto";
    public bool Visible { get; init; } = true;
    public FillRule ClipRule { get; init; } = FillRule.NonZero;
    /// <summary>url(#id) of the marker at the first, middle and last vertices (inherited, as SVG says).</summary>
    public string? MarkerStart { get; init; }
    public string? MarkerMid { get; init; }
    public string? MarkerEnd { get; init; }

    /// <summary>This style with the element's own declarations applied (<paramref name="percentBase"/> is what a
    /// percentage stroke width refers to: the viewport's normalised diagonal).</summary>
    public SvgStyle Apply(SvgNode node, float percentBase)
    {
        if (node.Properties.Count == 0)
            return this;
        var s = this;
        // font-size first: em lengths below refer to it.
        if (node.Property("font-size") is { } size)
            s = s with { FontSize = FontSizeOf(size, FontSize) };
        foreach (var (name, raw) in node.Properties)
        {
            if (raw == "inherit")
                continue;
            var value = raw.Trim();
            s = name switch
            {
                "fill" => s with { Fill = value },
                "fill-opacity" => s with { FillOpacity = Opacity(value) ?? s.FillOpacity },
                "fill-rule" => s with { FillRule = value == "evenodd" ? FillRule.EvenOdd : FillRule.NonZero },
                "stroke" => s with { Stroke = value },
                "stroke-opacity" => s with { StrokeOpacity = Opacity(value) ?? s.StrokeOpacity },
                "stroke-width" => s with { StrokeWidth = Math.Max(0, SvgValues.Length(value, percentBase, s.FontSize) ?? s.StrokeWidth) },
                "stroke-linecap" => s with { LineCap = value switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt } },
                "stroke-linejoin" => s with { LineJoin = value switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter } },
                "stroke-miterlimit" => s with { MiterLimit = Math.Max(1, SvgValues.Number(value) ?? s.MiterLimit) },
                "stroke-dasharray" => s with { Dashes = DashList(value, percentBase, s.FontSize) },
                "stroke-dashoffset" => s with { DashOffset = SvgValues.Length(value, percentBase, s.FontSize) ?? 0 },
                "color" => s with { CurrentColor = SvgColors.Parse(value) ?? s.CurrentColor },
                "font-family" => s with { FontFamily = value },
                "font-weight" => s with { Bold = value is "bold" or "bolder" || (SvgValues.Number(value) is { } w && w >= 600) },
                "font-style" => s with { Italic = value is "italic" or "oblique" },
                "text-anchor" => s with { TextAnchor = value },
                "dominant-baseline" or "alignment-baseline" => s with { Baseline = value },
                "visibility" => s with { Visible = value == "visible" },
                "marker-start" => s with { MarkerStart = value == "none" ? null : value },
                "marker-mid" => s with { MarkerMid = value == "none" ? null : value },
                "marker-end" => s with { MarkerEnd = value == "none" ? null : value },
                "marker" => s with { MarkerStart = value == "none" ? null : value, MarkerMid = value == "none" ? null : value, MarkerEnd = value == "none" ? null : value },
                "clip-rule" => s with { ClipRule = value == "evenodd" ? FillRule.EvenOdd : FillRule.NonZero },
                _ => s,
            };
        }
        return s;
    }

    /// <summary>An opacity as a number or a percentage, clamped to 0..1.</summary>
    public static float? Opacity(string? value)
    {
        if (value is null)
            return null;
        var t = value.Trim();
        var percent = t.EndsWith('%');
        return SvgValues.Number(percent ? t[..^1] : t) is { } n ? Math.Clamp(percent ? n / 100 : n, 0, 1) : null;
    }

    private static float FontSizeOf(string value, float inherited) => value switch
    {
        "xx-small" => 9, "x-small" => 10, "small" => 13, "medium" => 16, "large" => 18, "x-large" => 24, "xx-large" => 32,
        "smaller" => inherited / 1.2f,
        "larger" => inherited * 1.2f,
        _ => Math.Clamp(SvgValues.Length(value, inherited, inherited) ?? inherited, 0, 10_000),
    };

    private static IReadOnlyList<float>? DashList(string value, float percentBase, float fontSize)
    {
        if (value == "none")
            return null;
        var dashes = value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => SvgValues.Length(d, percentBase, fontSize) ?? -1).ToList();
        // A negative value makes the list invalid and a zero-length pattern draws nothing visible: solid instead.
        return dashes.Count == 0 || dashes.Any(d => d < 0) || dashes.Sum() <= 0 ? null : dashes;
    }
}
