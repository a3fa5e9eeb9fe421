using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>One interpolated stretch of a gradient between two stops (or a flat stretch before the first or after the
/// last stop): colour and alpha at its start and its end.</summary>
internal readonly record struct GradientPiece(RgbColor From, RgbColor To, float AlphaFrom, float AlphaTo);

/// <summary>Where one piece lies on the unrolled t axis; a reversed piece runs from its end colour to its start colour
/// (the odd periods of a reflected gradient).</summary>
internal readonly record struct GradientSegment(double Start, double End, int Piece, bool Reversed);

/// <summary>A gradient's stops as the pieces PDF functions interpolate, over one period t = 0..1. Offsets are made
/// what SVG says they are: clamped to 0..1 and never going backwards, so equal offsets give a hard edge (the
/// zero-width piece between them is dropped) and the ends are padded with the first and last stop colours.</summary>
internal sealed class GradientRamp
{
    /// <summary>Narrower pieces are dropped (a hard edge): a stitching function's bounds, written with six
    /// decimals, must increase.</summary>
    private const double MinWidth = 2e-6;

    private readonly List<GradientPiece> _pieces = [];
    private readonly List<double> _bounds = []; // Pieces.Count + 1 values from 0 to 1

    private GradientRamp(IReadOnlyList<GradientStop> stops)
    {
        var offsets = new double[stops.Count];
        var last = 0.0;
        for (var i = 0; i < stops.Count; i++)
            offsets[i] = last = Math.Max(last, Math.Clamp(double.IsFinite(stops[i].Offset) ? stops[i].Offset : 0, 0, 1));
        _bounds.Add(0);
        if (offsets[0] > MinWidth)
            Add(stops[0], stops[0], offsets[0]);
        for (var i = 0; i + 1 < stops.Count; i++)
        {
            if (offsets[i + 1] - _bounds[^1] > MinWidth)
                Add(stops[i], stops[i + 1], offsets[i + 1]);
        }
        if (offsets[^1] < 1 - MinWidth || _pieces.Count == 0)
            Add(stops[^1], stops[^1], 1);
        _bounds[^1] = 1; // a last piece ending a hair short of 1 is stretched to it
        Opaque = stops.All(s => Alpha(s) >= 1);
        ConstantAlpha = stops.All(s => Alpha(s) == Alpha(stops[0])) ? Alpha(stops[0]) : null;
    }

    /// <summary>The pieces of one period, in t order.</summary>
    public IReadOnlyList<GradientPiece> Pieces => _pieces;

    /// <summary>True when every stop is fully opaque.</summary>
    public bool Opaque { get; }

    /// <summary>The alpha every stop shares, or null when the stops differ in alpha.</summary>
    public float? ConstantAlpha { get; }

    /// <summary>The ramp of <paramref name="stops"/>, or null when there are none.</summary>
    public static GradientRamp? From(IReadOnlyList<GradientStop> stops) => stops.Count == 0 ? null : new GradientRamp(stops);

    /// <summary>The pieces laid along t for the periods [<paramref name="first"/>, <paramref name="last"/>): repeated
    /// as they are, or mirrored in every odd period when reflecting. A padded gradient has just its own period.</summary>
    public List<GradientSegment> Unroll(GradientSpread spread, int first, int last)
    {
        if (spread == GradientSpread.Pad)
            (first, last) = (0, 1);
        var segments = new List<GradientSegment>((last - first) * _pieces.Count);
        for (var period = first; period < last; period++)
        {
            var mirrored = spread == GradientSpread.Reflect && (period & 1) != 0;
            for (var n = 0; n < _pieces.Count; n++)
            {
                if (mirrored)
                {
                    var i = _pieces.Count - 1 - n;
                    segments.Add(new GradientSegment(period + 1 - _bounds[i + 1], period + 1 - _bounds[i], i, Reversed: true));
                }
                else
                {
                    segments.Add(new GradientSegment(period + _bounds[n], period + _bounds[n + 1], n, Reversed: false));
                }
            }
        }
        return segments;
    }

    private void Add(GradientStop from, GradientStop to, double end)
    {
        _pieces.Add(new GradientPiece(from.Color, to.Color, Alpha(from), Alpha(to)));
        _bounds.Add(end);
    }

    private static float Alpha(GradientStop stop) => float.IsFinite(stop.Alpha) ? Math.Clamp(stop.Alpha, 0, 1) : 1;
}
