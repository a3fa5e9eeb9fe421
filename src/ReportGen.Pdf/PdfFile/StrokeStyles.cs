using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes an SVG stroke's width, caps, joins, miter limit and dashes (always inside a saved state).</summary>
internal static class StrokeStyles
{
    public static void Apply(ContentStream content, StrokeStyle stroke)
    {
        var bytes = content.Bytes;
        bytes.Number(stroke.Width).Ascii(" w ");
        bytes.Int(stroke.Cap switch { LineCap.Round => 1, LineCap.Square => 2, _ => 0 }).Ascii(" J ");
        bytes.Int(stroke.Join switch { LineJoin.Round => 1, LineJoin.Bevel => 2, _ => 0 }).Ascii(" j ");
        bytes.Number(Math.Max(1, stroke.MiterLimit)).Ascii(" M\n");
        if (stroke.Dashes is not { Count: > 0 } dashes || dashes.All(d => d <= 0) || dashes.Any(d => d < 0))
            return;
        bytes.Byte((byte)'[');
        // SVG repeats an odd-length list to make it even; PDF does the same, but say it explicitly.
        var repeat = dashes.Count % 2 == 0 ? 1 : 2;
        for (var r = 0; r < repeat; r++)
            foreach (var dash in dashes)
                bytes.Number(dash).Space();
        bytes.Ascii("]").Number(stroke.DashOffset).Ascii(" d\n");
    }
}
