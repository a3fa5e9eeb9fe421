using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>What a vector path is filled or stroked with.</summary>
internal abstract record VectorPaint;

/// <summary>A flat colour with an alpha from 0 (invisible) to 1.</summary>
internal sealed record SolidPaint(RgbColor Color, float Alpha = 1) : VectorPaint;

/// <summary>One colour stop of a gradient, at an offset from 0 to 1.</summary>
internal readonly record struct GradientStop(float Offset, RgbColor Color, float Alpha);

/// <summary>What a gradient does beyond its ends.</summary>
internal enum GradientSpread : byte
{
    Pad,
    Reflect,
    Repeat,
}

/// <summary>A linear gradient from (X1, Y1) to (X2, Y2), its coordinates mapped by <see cref="Transform"/> into the
/// user space of the path it paints.</summary>
internal sealed record LinearGradientPaint(float X1, float Y1, float X2, float Y2, IReadOnlyList<GradientStop> Stops,
    GradientSpread Spread, AffineTransform Transform) : VectorPaint;

/// <summary>A radial gradient of radius R centred at (Cx, Cy) with focal point (Fx, Fy), mapped by
/// <see cref="Transform"/> into the user space of the path it paints.</summary>
internal sealed record RadialGradientPaint(float Cx, float Cy, float R, float Fx, float Fy,
    IReadOnlyList<GradientStop> Stops, GradientSpread Spread, AffineTransform Transform) : VectorPaint;

internal enum LineCap : byte
{
    Butt,
    Round,
    Square,
}

internal enum LineJoin : byte
{
    Miter,
    Round,
    Bevel,
}

/// <summary>How a path is stroked: width, caps, joins and an optional dash pattern (lengths in user units).</summary>
internal sealed record StrokeStyle(float Width, LineCap Cap = LineCap.Butt, LineJoin Join = LineJoin.Miter,
    float MiterLimit = 4, IReadOnlyList<float>? Dashes = null, float DashOffset = 0);
