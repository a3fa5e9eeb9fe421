using System.Text;
using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.PdfFile.ShadingWriter;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Gradient paints (SVG linear and radial gradients) as PDF shading patterns: an axial or radial shading
/// in gradient space, a pattern whose matrix places it on the page, and for stops with differing alpha a soft mask
/// that draws the same shading in grey. One per document; patterns, shadings and masks are written once each.</summary>
internal sealed class PdfGradients(PdfFileBuilder file, PdfResources resources)
{
    private readonly ShadingWriter _shadings = new(file);
    private readonly Dictionary<string, int> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _masks = new(StringComparer.Ordinal);

    /// <summary>Sets <paramref name="paint"/> as the fill (no <paramref name="stroke"/>) or stroke paint for
    /// <paramref name="path"/>, drawn under <paramref name="transform"/> (the current transformation matrix relative to
    /// the stream's default space; for a page it includes the page's flip). False when nothing should be painted. Called inside a
    /// saved graphics state: the opacity and colour space it sets end with that state.</summary>
    public bool Set(ContentStream content, AffineTransform transform, VectorPaint paint, StrokeStyle? stroke, VectorPath path)
    {
        var (stops, spread, gradient) = paint switch
        {
            LinearGradientPaint linear => (linear.Stops, linear.Spread, linear.Transform),
            RadialGradientPaint radial => (radial.Stops, radial.Spread, radial.Transform),
            _ => ([], GradientSpread.Pad, AffineTransform.Identity),
        };
        if (GradientRamp.From(stops) is not { } ramp)
            return false;
        var box = Painted(path.Bounds, stroke);
        if (Geometry(paint, spread, box) is not { } geometry)
            return SetSolid(content, stops[^1], stroke is not null); // SVG: a gradient with no extent shows its last stop
        if (ramp.ConstantAlpha is <= 0)
            return false;
        var matrix = GradientGeometry.PatternMatrix(gradient, transform);
        if (GradientGeometry.Inverse(matrix) is null)
            return false; // squashed flat (a scale(0) somewhere): nothing to see, and viewers reject such a pattern
        if (ramp.ConstantAlpha is { } alpha && alpha < 1)
            content.GraphicsState(stroke is null ? resources.Opacity(alpha, 1) : resources.Opacity(1, alpha));
        else if (!ramp.Opaque)
            content.GraphicsState(resources.SoftMask(SoftMask(geometry, ramp, spread, gradient, box)));
        var shading = _shadings.Shading(geometry, ramp, spread, alpha: false);
        var name = resources.Pattern(Pattern(shading, matrix));
        content.Bytes.Ascii(stroke is null ? "/Pattern cs /" : "/Pattern CS /").Ascii(name).Ascii(stroke is null ? " scn\n" : " SCN\n");
        return true;
    }

    /// <summary>The shading's coordinates and t domain, or null when the gradient has no extent (a linear
    /// gradient with equal ends, a radial one with no radius).</summary>
    private static ShadingGeometry? Geometry(VectorPaint paint, GradientSpread spread, Box box)
    {
        switch (paint)
        {
            case LinearGradientPaint l when (l.X1 != l.X2 || l.Y1 != l.Y2) && Finite(l.X1, l.Y1, l.X2, l.Y2):
            {
                var (first, last) = spread == GradientSpread.Pad ? (0, 1)
                    : GradientGeometry.LinearRange(l, box) is var (min, max) ? GradientGeometry.Periods(min, max) : (0, 1);
                double dx = l.X2 - l.X1, dy = l.Y2 - l.Y1;
                return new ShadingGeometry(ShadingKind.Axial,
                    [l.X1 + first * dx, l.Y1 + first * dy, l.X1 + last * dx, l.Y1 + last * dy], first, last);
            }
            case RadialGradientPaint r when r.R > 0 && Finite(r.Cx, r.Cy, r.R, r.Fx, r.Fy):
            {
                // t starts at 0 on the focal point, so only periods from 0 upward are ever drawn.
                var last = spread == GradientSpread.Pad ? 1
                    : GradientGeometry.RadialMax(r, box) is { } max ? GradientGeometry.Periods(0, max).Last : 1;
                return new ShadingGeometry(ShadingKind.Radial,
                    [r.Fx, r.Fy, 0, r.Fx + last * ((double)r.Cx - r.Fx), r.Fy + last * ((double)r.Cy - r.Fy), last * (double)r.R], 0, last);
            }
            default:
                return null;
        }
    }

    private static bool Finite(params ReadOnlySpan<float> values)
    {
        foreach (var value in values)
        {
            if (!float.IsFinite(value))
                return false;
        }
        return true;
    }

    /// <summary>The box a fill or stroke of a path with <paramref name="bounds"/> can touch: a stroke reaches half
    /// its width out, further at miter joins and square caps.</summary>
    private static Box Painted(Box bounds, StrokeStyle? stroke)
    {
        if (stroke is null)
            return bounds;
        var reach = stroke.Width > 0 ? stroke.Width / 2 * Math.Max(stroke.MiterLimit, 1.5f) : bounds.Width + bounds.Height;
        return new Box(bounds.X - reach, bounds.Y - reach, bounds.Width + 2 * reach, bounds.Height + 2 * reach);
    }

    private bool SetSolid(ContentStream content, GradientStop stop, bool stroke)
    {
        var alpha = Math.Clamp(stop.Alpha, 0, 1);
        if (!(alpha > 0))
            return false;
        if (alpha < 1)
            content.GraphicsState(stroke ? resources.Opacity(1, alpha) : resources.Opacity(alpha, 1));
        if (stroke)
            content.StrokeColor(stop.Color);
        else
            content.FillColor(stop.Color);
        return true;
    }

    private int Pattern(int shading, AffineTransform matrix)
    {
        var body = new StringBuilder("<</Type/Pattern/PatternType 2/Shading ").Append(shading).Append(" 0 R/Matrix[");
        Numbers(body, matrix.A, matrix.B, matrix.C, matrix.D, matrix.E, matrix.F).Append("]>>");
        var key = body.ToString();
        if (!_patterns.TryGetValue(key, out var number))
        {
            _patterns[key] = number = file.Reserve();
            file.Object(number, Encoding.ASCII.GetBytes(key));
        }
        return number;
    }

    /// <summary>An ExtGState whose soft mask is the alpha shading drawn in grey over the painted box. The mask is
    /// drawn in the user space current when the state is set, so it needs no pattern matrix: only the gradient's
    /// own transform.</summary>
    private int SoftMask(ShadingGeometry geometry, GradientRamp ramp, GradientSpread spread, AffineTransform gradient, Box box)
    {
        var shading = _shadings.Shading(geometry, ramp, spread, alpha: true);
        var dictionary = new StringBuilder("/Type/XObject/Subtype/Form/BBox[");
        Numbers(dictionary, box.X, box.Y, box.Right, box.Bottom)
            .Append("]/Group<</Type/Group/S/Transparency/CS/DeviceGray>>/Resources<</Shading<</Sh ").Append(shading).Append(" 0 R>>>>");
        var drawing = Numbers(new StringBuilder(), gradient.A, gradient.B, gradient.C, gradient.D, gradient.E, gradient.F)
            .Append("cm /Sh sh");
        var key = dictionary + "\n" + drawing;
        if (!_masks.TryGetValue(key, out var state))
        {
            var form = file.Reserve();
            file.Stream(form, Encoding.ASCII.GetBytes(dictionary.ToString()), Encoding.ASCII.GetBytes(drawing.ToString()), compress: false);
            _masks[key] = state = file.Reserve();
            var body = new StringBuilder("<</Type/ExtGState/SMask<</Type/Mask/S/Luminosity/G ").Append(form).Append(" 0 R>>>>");
            file.Object(state, Encoding.ASCII.GetBytes(body.ToString()));
        }
        return state;
    }

    private static StringBuilder Numbers(StringBuilder text, params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
            text.Append(Precise(value)).Append(' ');
        return text;
    }
}
