using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Builds one content stream (a page or a form) from PDF operators. Only writing lives here; what to write is
/// decided by <see cref="PdfCanvas"/>.</summary>
internal sealed class ContentStream(int capacity = 16 * 1024)
{
    public PdfBytes Bytes { get; } = new(capacity);

    public void SaveState() => Bytes.Ascii("q\n");

    public void RestoreState() => Bytes.Ascii("Q\n");

    public void Transform(double a, double b, double c, double d, double e, double f) =>
        Bytes.Numbers(a, b, c, d, e, f).Ascii("cm\n");

    public void Transform(AffineTransform t) => Transform(t.A, t.B, t.C, t.D, t.E, t.F);

    public void FillColor(RgbColor color) =>
        Bytes.Numbers(color.R / 255.0, color.G / 255.0, color.B / 255.0).Ascii("rg\n");

    public void StrokeColor(RgbColor color) =>
        Bytes.Numbers(color.R / 255.0, color.G / 255.0, color.B / 255.0).Ascii("RG\n");

    public void LineWidth(double width) => Bytes.Number(width).Ascii(" w\n");

    public void GraphicsState(string name) => Bytes.Byte((byte)'/').Ascii(name).Ascii(" gs\n");

    public void Rectangle(Box box) => Bytes.Numbers(box.X, box.Y, box.Width, box.Height).Ascii("re\n");

    public void MoveTo(double x, double y) => Bytes.Numbers(x, y).Ascii("m\n");

    public void LineTo(double x, double y) => Bytes.Numbers(x, y).Ascii("l\n");

    public void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) =>
        Bytes.Numbers(x1, y1, x2, y2, x3, y3).Ascii("c\n");

    public void ClosePath() => Bytes.Ascii("h\n");

    public void Fill(FillRule rule = FillRule.NonZero) => Bytes.Ascii(rule == FillRule.EvenOdd ? "f*\n" : "f\n");

    public void Stroke() => Bytes.Ascii("S\n");

    /// <summary>Intersects the clip with the current path and ends the path without painting it.</summary>
    public void Clip(FillRule rule) => Bytes.Ascii(rule == FillRule.EvenOdd ? "W* n\n" : "W n\n");

    public void XObject(string name) => Bytes.Byte((byte)'/').Ascii(name).Ascii(" Do\n");

    /// <summary>A rectangle with rounded corners as four lines and four quarter-circle Béziers.</summary>
    public void RoundedRectangle(Box box, float radius)
    {
        var r = Math.Min(radius, Math.Min(box.Width, box.Height) / 2);
        const double k = 0.5523; // control-point distance of a quarter circle as a cubic Bézier
        double l = box.X, t = box.Y, rt = box.Right, b = box.Bottom, kr = k * r;
        MoveTo(l + r, t);
        LineTo(rt - r, t);
        CurveTo(rt - r + kr, t, rt, t + r - kr, rt, t + r);
        LineTo(rt, b - r);
        CurveTo(rt, b - r + kr, rt - r + kr, b, rt - r, b);
        LineTo(l + r, b);
        CurveTo(l + r - kr, b, l, b - r + kr, l, b - r);
        LineTo(l, t + r);
        CurveTo(l, t + r - kr, l + r - kr, t, l + r, t);
        ClosePath();
    }
}
