using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>The size of the current viewport in user units: what percentages refer to.</summary>
internal readonly record struct SvgViewport(float Width, float Height)
{
    /// <summary>SVG's reference for percentages that are neither horizontal nor vertical (radii, stroke widths).</summary>
    public float Diagonal => MathF.Sqrt((Width * Width + Height * Height) / 2);

    /// <summary>The transform placing a viewBox into a viewport of <paramref name="width"/> × <paramref name="height"/>
    /// as <c>preserveAspectRatio</c> says (default <c>xMidYMid meet</c>).</summary>
    public static AffineTransform ViewBoxTransform(IReadOnlyList<float> viewBox, float width, float height, string? preserveAspectRatio)
    {
        if (viewBox.Count != 4 || viewBox[2] <= 0 || viewBox[3] <= 0)
            return AffineTransform.Identity;
        var (vx, vy, vw, vh) = (viewBox[0], viewBox[1], viewBox[2], viewBox[3]);
        var sx = width / vw;
        var sy = height / vh;
        var words = (preserveAspectRatio ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var align = words.FirstOrDefault(w => w != "defer") ?? "xMidYMid";
        if (align == "none")
            return AffineTransform.Translate(-vx, -vy).Then(AffineTransform.Scale(sx, sy));
        var scale = words.Contains("slice") ? Math.Max(sx, sy) : Math.Min(sx, sy);
        var dx = width - vw * scale;
        var dy = height - vh * scale;
        var tx = align.Contains("xMid", StringComparison.Ordinal) ? dx / 2 : align.Contains("xMax", StringComparison.Ordinal) ? dx : 0;
        var ty = align.Contains("YMid", StringComparison.Ordinal) ? dy / 2 : align.Contains("YMax", StringComparison.Ordinal) ? dy : 0;
        return AffineTransform.Translate(-vx, -vy).Then(AffineTransform.Scale(scale, scale)).Then(AffineTransform.Translate(tx, ty));
    }
}
