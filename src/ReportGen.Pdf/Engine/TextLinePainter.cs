using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Engine;

/// <summary>Draws one text line: inline-code backgrounds, glyph runs (adjacent fragments in the same face, size and
/// colour merged into one run), underlines and link areas.</summary>
internal static class TextLinePainter
{
    /// <summary>Paints <paramref name="line"/> at (<paramref name="x"/>, <paramref name="top"/>); decorations stay
    /// inside [<paramref name="left"/>, <paramref name="right"/>], the column the line was broken for.</summary>
    public static void Paint(ICanvas canvas, TextLine line, float x, float top, float left, float right)
    {
        var baseline = top + line.Baseline;
        foreach (var fragment in line.Fragments)
        {
            if (fragment.Style.Background is { } background)
            {
                var pad = fragment.Style.Size * 0.15f;
                var from = Math.Max(left, x + fragment.X - pad);
                var to = Math.Min(right, x + fragment.X + fragment.Width - TrailingWidth(fragment) + pad);
                canvas.FillRect(new Box(from, baseline - fragment.Style.Size * 0.85f, to - from, fragment.Style.Size * 1.12f),
                    background, 1.5f);
            }
        }

        var start = 0;
        for (var i = 1; i <= line.Fragments.Count; i++)
        {
            if (i < line.Fragments.Count && SameRun(line.Fragments[start], line.Fragments[i]))
                continue;
            canvas.Text(BuildRun(line.Fragments, start, i, x, baseline));
            start = i;
        }

        for (var i = 0; i < line.Fragments.Count; i++)
        {
            var fragment = line.Fragments[i];
            var style = fragment.Style;
            // Inside one link the spaces between words are part of it; the last space before other text is not.
            var continues = i + 1 < line.Fragments.Count && style.Link is not null
                && line.Fragments[i + 1].Style.Link == style.Link;
            var trimmed = continues ? fragment.Width : fragment.Width - TrailingWidth(fragment);
            if (style.Underline)
            {
                var y = baseline + style.Size * 0.12f;
                canvas.Line(x + fragment.X, y, x + fragment.X + trimmed, y, style.Color, style.Size * 0.06f);
            }
            if (style.Link is { } link)
            {
                var box = new Box(x + fragment.X, top, trimmed, line.Height);
                if (link.StartsWith('#'))
                    canvas.LinkDestination(box, link[1..]);
                else
                    canvas.LinkUrl(box, link);
            }
        }
    }

    private static float TrailingWidth(TextFragment fragment)
    {
        var text = fragment.Shaped.Text;
        var spaces = 0;
        while (spaces < text.Length && text[text.Length - 1 - spaces] == ' ')
            spaces++;
        return spaces == 0 ? 0 : fragment.Face.SpaceWidth * fragment.Style.Size * spaces;
    }

    private static bool SameRun(TextFragment a, TextFragment b) =>
        ReferenceEquals(a.Face, b.Face) && a.Style.Size == b.Style.Size && a.Style.Color == b.Style.Color;

    private static GlyphRun BuildRun(IReadOnlyList<TextFragment> fragments, int from, int to, float x, float baseline)
    {
        var glyphCount = 0;
        var byteCount = 0;
        for (var i = from; i < to; i++)
        {
            glyphCount += fragments[i].Shaped.Glyphs.Length;
            byteCount += fragments[i].Shaped.Utf8.Length;
        }
        var glyphs = new ushort[glyphCount];
        var xs = new float[glyphCount];
        var ys = new float[glyphCount];
        var clusters = new uint[glyphCount];
        var utf8 = new byte[byteCount];
        int g = 0, b = 0;
        var end = x;
        for (var i = from; i < to; i++)
        {
            var f = fragments[i];
            var shaped = f.Shaped;
            var size = f.Style.Size;
            var pen = x + f.X;
            for (var k = 0; k < shaped.Glyphs.Length; k++, g++)
            {
                glyphs[g] = shaped.Glyphs[k];
                xs[g] = pen + shaped.OffsetsX[k] * size;
                ys[g] = baseline - shaped.OffsetsY[k] * size;
                clusters[g] = shaped.Clusters[k] + (uint)b;
                pen += shaped.Advances[k] * size;
            }
            end = x + f.X + f.Width - TrailingWidth(f);
            shaped.Utf8.CopyTo(utf8, b);
            b += shaped.Utf8.Length;
        }
        var first = fragments[from];
        return new GlyphRun(first.Face, first.Style.Size, first.Style.Color, glyphs, xs, ys, utf8, clusters) { EndX = end };
    }
}
