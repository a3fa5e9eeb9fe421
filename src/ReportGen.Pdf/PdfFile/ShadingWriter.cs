using System.Globalization;
using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Axial (type 2) or radial (type 3) shading.</summary>
internal enum ShadingKind : byte
{
    Axial = 2,
    Radial = 3,
}

/// <summary>A shading in gradient space: its kind, its PDF coordinates and the t domain they span (the unrolled
/// periods of a reflected or repeated gradient, or 0..1).</summary>
internal readonly record struct ShadingGeometry(ShadingKind Kind, double[] Coords, int First, int Last);

/// <summary>Writes the shading dictionaries and colour functions of a document's gradients: an exponential (type 2)
/// function per piece of the ramp, a stitching (type 3) function laying them along the unrolled t axis, and the
/// shading itself, in DeviceRGB for the colours or DeviceGray for the alphas (the soft mask draws those). Identical
/// functions and shadings are written once, keyed by their text, so the output depends only on the input.</summary>
internal sealed class ShadingWriter(PdfFileBuilder file)
{
    private readonly Dictionary<string, int> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _shadings = new(StringComparer.Ordinal);

    /// <summary>The object number of the shading for <paramref name="ramp"/> over <paramref name="geometry"/>;
    /// <paramref name="alpha"/> selects the grey alpha shading instead of the colour one.</summary>
    public int Shading(ShadingGeometry geometry, GradientRamp ramp, GradientSpread spread, bool alpha)
    {
        var function = Function(ramp.Unroll(spread, geometry.First, geometry.Last), ramp, alpha);
        var text = new StringBuilder("<</ShadingType ").Append((int)geometry.Kind)
            .Append(alpha ? "/ColorSpace/DeviceGray/Coords[" : "/ColorSpace/DeviceRGB/Coords[");
        foreach (var value in geometry.Coords)
            text.Append(Precise(value)).Append(' ');
        var domain = spread == GradientSpread.Pad ? "0 1" : geometry.First + " " + geometry.Last;
        text.Append("]/Domain[").Append(domain).Append("]/Function ").Append(function).Append(" 0 R/Extend[true true]>>");
        return Once(_shadings, text.ToString());
    }

    /// <summary>One piece's function when the gradient is a single piece, else a stitching function over all.</summary>
    private int Function(List<GradientSegment> segments, GradientRamp ramp, bool alpha)
    {
        var pieces = segments.Select(s => PieceFunction(ramp.Pieces[s.Piece], alpha)).ToArray();
        if (segments.Count == 1 && segments[0] is { Start: 0, End: 1, Reversed: false })
            return pieces[0];
        var text = new StringBuilder("<</FunctionType 3/Domain[").Append(Precise(segments[0].Start)).Append(' ')
            .Append(Precise(segments[^1].End)).Append("]/Functions[");
        foreach (var piece in pieces)
            text.Append(piece).Append(" 0 R ");
        text.Append("]/Bounds[");
        for (var i = 0; i + 1 < segments.Count; i++)
            text.Append(Precise(segments[i].End)).Append(' ');
        text.Append("]/Encode[");
        foreach (var segment in segments)
            text.Append(segment.Reversed ? "1 0 " : "0 1 ");
        return Once(_functions, text.Append("]>>").ToString());
    }

    private int PieceFunction(GradientPiece piece, bool alpha)
    {
        var text = new StringBuilder("<</FunctionType 2/Domain[0 1]/C0[");
        if (alpha)
            text.Append(Precise(piece.AlphaFrom)).Append("]/C1[").Append(Precise(piece.AlphaTo));
        else
            Rgb(Rgb(text, piece.From).Append("]/C1["), piece.To);
        return Once(_functions, text.Append("]/N 1>>").ToString());
    }

    private static StringBuilder Rgb(StringBuilder text, RgbColor color) =>
        text.Append(Precise(color.R / 255.0)).Append(' ').Append(Precise(color.G / 255.0)).Append(' ').Append(Precise(color.B / 255.0));

    private int Once(Dictionary<string, int> written, string body)
    {
        if (!written.TryGetValue(body, out var number))
        {
            written[body] = number = file.Reserve();
            file.Object(number, Encoding.ASCII.GetBytes(body));
        }
        return number;
    }

    /// <summary>A number with up to six decimals: gradient coordinates in objectBoundingBox units are fractions of
    /// the box, where the three decimals of content-stream numbers would shift a stop visibly on a large shape.</summary>
    public static string Precise(double value) =>
        !double.IsFinite(value) || Math.Abs(value) < 5e-7 ? "0" : value.ToString("0.######", CultureInfo.InvariantCulture);
}
