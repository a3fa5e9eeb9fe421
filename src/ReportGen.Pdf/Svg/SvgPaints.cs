using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Turns a fill or stroke value into a paint for a shape with a known box: colours, <c>currentColor</c>,
/// and linear/radial gradients (stops, units, gradientTransform, spreadMethod, href chains). A paint server this
/// drawer cannot draw (pattern) uses its fallback colour, or the first stop of a gradient, or nothing.</summary>
internal sealed class SvgPaints(IReadOnlyDictionary<string, SvgNode> ids, SvgWarnings warnings)
{
    private const int MaxHrefChain = 8;

    public VectorPaint? Resolve(string spec, float opacity, SvgStyle style, Box bounds, SvgViewport viewport)
    {
        var value = spec.Trim();
        if (value == "none" || opacity <= 0)
            return null;
        if (value.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
        {
            var close = value.IndexOf(')', StringComparison.Ordinal);
            var fallback = close >= 0 ? value[(close + 1)..].Trim() : "";
            var id = SvgValues.LocalReference(value);
            if (id is not null && ids.TryGetValue(id, out var server))
            {
                if (server.Name is "linearGradient" or "radialGradient")
                    return Gradient(server, opacity, bounds, viewport);
                warnings.Unsupported(server.Name == "pattern" ? "pattern fills" : $"<{server.Name}> paint");
            }
            else if (id is null)
            {
                warnings.Unsupported("external paint references");
            }
            return fallback.Length > 0 ? Resolve(fallback, opacity, style, bounds, viewport) : null;
        }
        if (value.Equals("currentColor", StringComparison.OrdinalIgnoreCase))
            return new SolidPaint(style.CurrentColor.Color, style.CurrentColor.Alpha * opacity);
        // A fully transparent colour (fill="transparent", draw.io's hit areas) paints nothing: leave it out.
        return SvgColors.Parse(value) is var (color, alpha) && alpha > 0 ? new SolidPaint(color, alpha * opacity) : null;
    }

    /// <summary>The first colour a paint shows (text drawn with a gradient uses it).</summary>
    public static (RgbColor Color, float Alpha)? FirstColor(VectorPaint? paint) => paint switch
    {
        SolidPaint s => (s.Color, s.Alpha),
        LinearGradientPaint { Stops.Count: > 0 } l => (l.Stops[0].Color, l.Stops[0].Alpha),
        RadialGradientPaint { Stops.Count: > 0 } r => (r.Stops[0].Color, r.Stops[0].Alpha),
        _ => null,
    };

    private VectorPaint? Gradient(SvgNode gradient, float opacity, Box bounds, SvgViewport viewport)
    {
        var chain = HrefChain(gradient);
        string? Attr(string name) => chain.Select(n => n.Attribute(name)).FirstOrDefault(v => v is not null);
        var stops = Stops(chain.FirstOrDefault(n => n.Children.Any(c => c.Name == "stop")), opacity);
        if (stops.Count == 0)
            return null;
        if (stops.Count == 1)
            return new SolidPaint(stops[0].Color, stops[0].Alpha);
        var userSpace = Attr("gradientUnits") == "userSpaceOnUse";
        if (!userSpace && (bounds.Width <= 0 || bounds.Height <= 0))
            return new SolidPaint(stops[^1].Color, stops[^1].Alpha); // no box to span: SVG says draw nothing; a colour is kinder
        var units = userSpace ? AffineTransform.Identity
            : AffineTransform.Scale(bounds.Width, bounds.Height).Then(AffineTransform.Translate(bounds.X, bounds.Y));
        var transform = SvgValues.Transform(Attr("gradientTransform")).Then(units);
        var spread = Attr("spreadMethod") switch { "reflect" => GradientSpread.Reflect, "repeat" => GradientSpread.Repeat, _ => GradientSpread.Pad };
        // Percentages are fractions of the box (objectBoundingBox) or of the viewport (userSpaceOnUse).
        float C(string name, string fallback, float reference)
        {
            var text = Attr(name) ?? fallback;
            return userSpace ? SvgValues.Length(text, reference) ?? 0
                : text.EndsWith('%') ? (SvgValues.Number(text[..^1]) ?? 0) / 100 : SvgValues.Number(text) ?? 0;
        }
        if (gradient.Name == "linearGradient")
            return new LinearGradientPaint(C("x1", "0%", viewport.Width), C("y1", "0%", viewport.Height),
                C("x2", "100%", viewport.Width), C("y2", "0%", viewport.Height), stops, spread, transform);
        var cx = C("cx", "50%", viewport.Width);
        var cy = C("cy", "50%", viewport.Height);
        var fx = Attr("fx") is null ? cx : C("fx", "50%", viewport.Width);
        var fy = Attr("fy") is null ? cy : C("fy", "50%", viewport.Height);
        return new RadialGradientPaint(cx, cy, C("r", "50%", viewport.Diagonal), fx, fy, stops, spread, transform);
    }

    private List<SvgNode> HrefChain(SvgNode gradient)
    {
        var chain = new List<SvgNode> { gradient };
        var current = gradient;
        while (chain.Count < MaxHrefChain && SvgValues.LocalReference(current.Attribute("href")) is { } id &&
               ids.TryGetValue(id, out var next) && next.Name is "linearGradient" or "radialGradient" && !chain.Contains(next))
        {
            chain.Add(next);
            current = next;
        }
        return chain;
    }

    private static List<GradientStop> Stops(SvgNode? owner, float opacity)
    {
        var stops = new List<GradientStop>();
        if (owner is null)
            return stops;
        var last = 0f;
        foreach (var stop in owner.Children.Where(c => c.Name == "stop"))
        {
            var offsetText = stop.Attribute("offset")?.Trim() ?? "0";
            var offset = offsetText.EndsWith('%') ? (SvgValues.Number(offsetText[..^1]) ?? 0) / 100 : SvgValues.Number(offsetText) ?? 0;
            offset = Math.Max(last, Math.Clamp(offset, 0, 1)); // offsets never go backwards
            last = offset;
            var (color, alpha) = SvgColors.Parse(stop.Property("stop-color")) ?? (new RgbColor(0, 0, 0), 1f);
            var stopOpacity = SvgStyle.Opacity(stop.Property("stop-opacity")) ?? 1;
            stops.Add(new GradientStop(offset, color, alpha * stopOpacity * opacity));
        }
        return stops;
    }
}

/// <summary>What one SVG used that the drawer skipped, each named once, in a fixed order.</summary>
internal sealed class SvgWarnings
{
    private readonly SortedSet<string> _unsupported = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Skipped => _unsupported;

    public string? Truncated { get; set; }

    public void Unsupported(string feature) => _unsupported.Add(feature);
}
