using System.Text;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes one glyph run as PDF text: the font's two-byte glyph ids in a TJ array, with a position adjustment
/// wherever the laid-out pen position differs from the glyph's advance (kerning, justification), so the PDF shows the
/// glyphs exactly where the layout put them. A run whose text the ToUnicode map cannot tell (several glyphs for one
/// character, or one glyph standing for different texts) is wrapped in an /ActualText span; in right-to-left text, only
/// the clusters concerned are, since extraction tools put right-to-left text in reading order themselves. A synthetic bold face
/// (<see cref="Text.FontFace.SyntheticBold"/>) is drawn with text render mode 2: filled and stroked.</summary>
internal static class TextRunWriter
{
    public static void Write(ContentStream content, PdfDocumentContext document, GraphicsStateTracker state, GlyphRun run,
        ITextMarks marks)
    {
        var font = document.Fonts.Get(run.Face);
        // A .notdef glyph (a character no font has) is not shown as text (PDF/UA forbids it; the canvas draws its box as
        // outlines), so its character is kept by an /ActualText span.
        var mapped = font.Use(run.Glyphs, run.Clusters, run.Utf8) && !HasNotdef(run.Glyphs);
        // Right-to-left text: extraction tools reorder the glyphs' text into reading order themselves, so a span over
        // the whole run would come out reversed; each cluster the map cannot tell gets its own span instead.
        var perCluster = !mapped && RightToLeft(run.Clusters);
        var bytes = content.Bytes;
        var whole = !mapped && !perCluster ? Encoding.UTF8.GetString(run.Utf8) : null;
        var tagged = false;
        if (mapped)
            marks.Plain(content);
        else
            tagged = marks.BeginSegments(content);
        if (whole is not null)
            marks.Segment(content, whole, tagged);
        if (state.Fill != run.Color)
        {
            content.FillColor(run.Color);
            state.Fill = run.Color;
        }
        var emboldened = run.Face.SyntheticBold;
        if (emboldened)
            Embolden(content, state, run);
        bytes.Ascii("BT\n");
        if (emboldened)
            bytes.Ascii("2 Tr\n"); // fill, then stroke the outlines: bold for a face that has no bold
        if (state.Font != font || state.FontSize != run.Size)
        {
            bytes.Byte((byte)'/').Ascii(document.Resources.Font(font.ObjectNumber)).Space().Number(run.Size).Ascii(" Tf\n");
            state.Font = font;
            state.FontSize = run.Size;
        }
        if (perCluster)
            ShowByCluster(content, run, font, marks, tagged);
        else
            Show(bytes, run, 0, run.Glyphs.Length);
        if (emboldened)
            bytes.Ascii("0 Tr\n");
        bytes.Ascii("ET\n");
        if (whole is not null)
            marks.EndSegment(content, whole, tagged);
    }

    /// <summary>Shows glyphs [start, end): one TJ per stretch on the same baseline, at absolute positions.</summary>
    private static void Show(PdfBytes bytes, GlyphRun run, int start, int end)
    {
        var widths = run.Face.AdvanceWidths;
        var scale = 1000.0 / run.Size;
        while (start < end)
        {
            // One line of glyphs on the same baseline per TJ; a glyph off the baseline starts a new text matrix.
            var stop = start + 1;
            while (stop < end && run.Y[stop] == run.Y[start])
                stop++;
            // .notdef glyphs are left out (see Write); the positions of the others are absolute anyway.
            while (start < stop && run.Glyphs[start] == 0)
                start++;
            if (start == stop)
                continue;
            bytes.Ascii("1 0 0 -1 ").Number(run.X[start]).Space().Number(run.Y[start]).Ascii(" Tm\n[<");
            for (var i = start; i < stop;)
            {
                var glyph = run.Glyphs[i];
                bytes.Hex16(glyph);
                var next = i + 1;
                while (next < stop && run.Glyphs[next] == 0)
                    next++;
                if (next >= stop)
                    break;
                var advance = glyph < widths.Length ? widths[glyph] : 0;
                var adjustment = Math.Round(advance - (run.X[next] - run.X[i]) * scale, 1);
                if (adjustment != 0)
                    bytes.Byte((byte)'>').Number(adjustment).Byte((byte)'<');
                i = next;
            }
            bytes.Ascii(">]TJ\n");
            start = stop;
        }
    }

    /// <summary>A right-to-left run cluster by cluster: stretches the ToUnicode map tells right are shown plainly, and
    /// each other cluster (a letter drawn as a base and a mark, a glyph shared by two letters) in an /ActualText span
    /// holding just its own characters.</summary>
    private static void ShowByCluster(ContentStream content, GlyphRun run, EmbeddedFont font, ITextMarks marks, bool tagged)
    {
        var bytes = content.Bytes;
        var starts = run.Clusters.Distinct().Order().ToArray();
        var plainFrom = 0;
        for (var i = 0; i < run.Glyphs.Length;)
        {
            var cluster = run.Clusters[i];
            var end = i + 1;
            while (end < run.Glyphs.Length && run.Clusters[end] == cluster)
                end++;
            var next = Array.BinarySearch(starts, cluster) + 1;
            var textEnd = next < starts.Length ? (int)starts[next] : run.Utf8.Length;
            var text = run.Utf8.AsSpan((int)cluster, Math.Max(0, textEnd - (int)cluster));
            if (end - i > 1 || run.Glyphs[i] == 0 || !font.MapsTo(run.Glyphs[i], text))
            {
                ShowPlain(content, run, plainFrom, i, marks, tagged);
                var actual = Encoding.UTF8.GetString(text);
                marks.Segment(content, actual, tagged);
                Show(bytes, run, i, end);
                marks.EndSegment(content, actual, tagged);
                plainFrom = end;
            }
            i = end;
        }
        ShowPlain(content, run, plainFrom, run.Glyphs.Length, marks, tagged);
    }

    /// <summary>Glyphs [start, end) the map reads right; a segment of their own when segments are tagged.</summary>
    private static void ShowPlain(ContentStream content, GlyphRun run, int start, int end, ITextMarks marks, bool tagged)
    {
        if (start >= end)
            return;
        if (tagged)
            marks.Segment(content, null, tagged);
        Show(content.Bytes, run, start, end);
        if (tagged)
            marks.EndSegment(content, null, tagged);
    }

    /// <summary>True when the run shows glyph 0, the .notdef box of a character the face does not have.</summary>
    public static bool HasNotdef(ReadOnlySpan<ushort> glyphs) => glyphs.Contains((ushort)0);

    /// <summary>Clusters that never increase and somewhere decrease: HarfBuzz's output for right-to-left text.</summary>
    private static bool RightToLeft(uint[] clusters)
    {
        var decreases = false;
        for (var i = 1; i < clusters.Length; i++)
        {
            if (clusters[i] > clusters[i - 1])
                return false;
            decreases |= clusters[i] < clusters[i - 1];
        }
        return decreases;
    }

    /// <summary>Stroke colour and width for synthetic bold (the width the PNG pages use too).</summary>
    private static void Embolden(ContentStream content, GraphicsStateTracker state, GlyphRun run)
    {
        if (state.Stroke != run.Color)
        {
            content.StrokeColor(run.Color);
            state.Stroke = run.Color;
        }
        var width = Text.FontFace.SyntheticBoldStroke(run.Size);
        if (state.LineWidth != width)
        {
            content.LineWidth(width);
            state.LineWidth = width;
        }
    }
}
