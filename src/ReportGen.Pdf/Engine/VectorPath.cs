namespace ReportGen.Pdf.Engine;

/// <summary>Segment kinds of a <see cref="VectorPath"/>; each consumes points from the path's point list.</summary>
internal enum PathVerb : byte
{
    /// <summary>Starts a new contour at one point.</summary>
    Move,
    /// <summary>A straight line to one point.</summary>
    Line,
    /// <summary>A quadratic curve: control point, end point.</summary>
    Quad,
    /// <summary>A conic (rational quadratic, arcs) with a weight: control point, end point.</summary>
    Conic,
    /// <summary>A cubic curve: two control points, end point.</summary>
    Cubic,
    /// <summary>Closes the contour.</summary>
    Close,
}

/// <summary>How overlapping contours fill (SVG fill-rule / clip-rule).</summary>
internal enum FillRule : byte
{
    NonZero,
    EvenOdd,
}

/// <summary>An immutable outline in user units, independent of any drawing library, so recordings and tests need no
/// native objects. Built by <see cref="VectorPathBuilder"/>.</summary>
internal sealed class VectorPath
{
    internal VectorPath(PathVerb[] verbs, float[] points, float[] weights, FillRule fillRule)
    {
        Verbs = verbs;
        Points = points;
        Weights = weights;
        FillRule = fillRule;
        Bounds = ComputeBounds(points);
    }

    public IReadOnlyList<PathVerb> Verbs { get; }
    /// <summary>x, y pairs in the order the verbs consume them.</summary>
    public IReadOnlyList<float> Points { get; }
    /// <summary>One weight per <see cref="PathVerb.Conic"/>, in order.</summary>
    public IReadOnlyList<float> Weights { get; }
    public FillRule FillRule { get; }
    /// <summary>The box around every point (control points included), in the path's own units.</summary>
    public Box Bounds { get; }
    public bool IsEmpty => Verbs.Count == 0;

    public VectorPath WithFillRule(FillRule rule) =>
        rule == FillRule ? this : new VectorPath((PathVerb[])Verbs, (float[])Points, (float[])Weights, rule);

    /// <summary>The same outline with every point mapped through <paramref name="transform"/> (exact for affine maps,
    /// conic weights included).</summary>
    public VectorPath Transformed(AffineTransform transform)
    {
        if (transform.IsIdentity)
            return this;
        var source = (float[])Points;
        var mapped = new float[source.Length];
        for (var i = 0; i + 1 < source.Length; i += 2)
            (mapped[i], mapped[i + 1]) = transform.Apply(source[i], source[i + 1]);
        return new VectorPath((PathVerb[])Verbs, mapped, (float[])Weights, FillRule);
    }

    private static Box ComputeBounds(float[] points)
    {
        if (points.Length < 2)
            return default;
        float left = float.MaxValue, top = float.MaxValue, right = float.MinValue, bottom = float.MinValue;
        for (var i = 0; i + 1 < points.Length; i += 2)
        {
            left = Math.Min(left, points[i]);
            right = Math.Max(right, points[i]);
            top = Math.Min(top, points[i + 1]);
            bottom = Math.Max(bottom, points[i + 1]);
        }
        return new Box(left, top, right - left, bottom - top);
    }
}

/// <summary>Collects segments for a <see cref="VectorPath"/>.</summary>
internal sealed class VectorPathBuilder
{
    private readonly List<PathVerb> _verbs = [];
    private readonly List<float> _points = [];
    private readonly List<float> _weights = [];

    public int VerbCount => _verbs.Count;

    public VectorPathBuilder MoveTo(float x, float y) => Add(PathVerb.Move, x, y);

    public VectorPathBuilder LineTo(float x, float y) => Add(PathVerb.Line, x, y);

    public VectorPathBuilder QuadTo(float cx, float cy, float x, float y) => Add(PathVerb.Quad, cx, cy, x, y);

    public VectorPathBuilder ConicTo(float cx, float cy, float x, float y, float weight)
    {
        _weights.Add(weight);
        return Add(PathVerb.Conic, cx, cy, x, y);
    }

    public VectorPathBuilder CubicTo(float c1x, float c1y, float c2x, float c2y, float x, float y) =>
        Add(PathVerb.Cubic, c1x, c1y, c2x, c2y, x, y);

    public VectorPathBuilder Close()
    {
        _verbs.Add(PathVerb.Close);
        return this;
    }

    /// <summary>Appends every segment of another path.</summary>
    public VectorPathBuilder Append(VectorPath path)
    {
        _verbs.AddRange(path.Verbs);
        _points.AddRange(path.Points);
        _weights.AddRange(path.Weights);
        return this;
    }

    public VectorPath Build(FillRule fillRule = FillRule.NonZero) =>
        new([.. _verbs], [.. _points], [.. _weights], fillRule);

    private VectorPathBuilder Add(PathVerb verb, params ReadOnlySpan<float> points)
    {
        _verbs.Add(verb);
        _points.AddRange(points);
        return this;
    }
}
