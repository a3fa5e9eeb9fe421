using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes a <see cref="VectorPath"/> as PDF path construction operators. PDF has only cubic curves:
/// quadratics are raised exactly, conics (rational quadratics, from arcs) are split until a cubic is within a
/// hundredth of a point.</summary>
internal static class PathWriter
{
    public static void Write(ContentStream content, VectorPath path)
    {
        var p = path.Points;
        int i = 0, w = 0;
        float x = 0, y = 0;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.Move:
                    content.MoveTo(x = p[i], y = p[i + 1]);
                    i += 2;
                    break;
                case PathVerb.Line:
                    content.LineTo(x = p[i], y = p[i + 1]);
                    i += 2;
                    break;
                case PathVerb.Quad:
                    Quad(content, x, y, p[i], p[i + 1], x = p[i + 2], y = p[i + 3]);
                    i += 4;
                    break;
                case PathVerb.Conic:
                    Conic(content, x, y, p[i], p[i + 1], p[i + 2], p[i + 3], path.Weights[w++], depth: 0);
                    x = p[i + 2];
                    y = p[i + 3];
                    i += 4;
                    break;
                case PathVerb.Cubic:
                    content.CurveTo(p[i], p[i + 1], p[i + 2], p[i + 3], x = p[i + 4], y = p[i + 5]);
                    i += 6;
                    break;
                case PathVerb.Close:
                    content.ClosePath();
                    break;
            }
        }
    }

    private static void Quad(ContentStream content, double x0, double y0, double cx, double cy, double x1, double y1) =>
        content.CurveTo(x0 + 2.0 / 3 * (cx - x0), y0 + 2.0 / 3 * (cy - y0), x1 + 2.0 / 3 * (cx - x1), y1 + 2.0 / 3 * (cy - y1), x1, y1);

    /// <summary>A conic with weight 1 is a quadratic; otherwise halve it (the standard subdivision of a rational
    /// quadratic) until the halves are nearly quadratic, then write each as one.</summary>
    private static void Conic(ContentStream content, double x0, double y0, double cx, double cy, double x1, double y1, double weight, int depth)
    {
        if (Math.Abs(weight - 1) < 1e-3 || depth >= 4 || !double.IsFinite(weight) || weight <= 0)
        {
            Quad(content, x0, y0, cx, cy, x1, y1);
            return;
        }
        // Midpoint of the conic, and the control points of the two halves (each with weight sqrt((1 + w) / 2)).
        var scale = 1 / (1 + weight);
        var mx = (x0 + 2 * weight * cx + x1) * scale / 2;
        var my = (y0 + 2 * weight * cy + y1) * scale / 2;
        var ax = (x0 + weight * cx) / (1 + weight);
        var ay = (y0 + weight * cy) / (1 + weight);
        var bx = (weight * cx + x1) / (1 + weight);
        var by = (weight * cy + y1) / (1 + weight);
        var half = Math.Sqrt((1 + weight) / 2);
        Conic(content, x0, y0, ax, ay, mx, my, half, depth + 1);
        Conic(content, mx, my, bx, by, x1, y1, half, depth + 1);
    }
}
