using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Engine;

/// <summary>Draws one text line: inline-code backgrounds, glyph runs (adjacent fragments in the same face, size,
/// colour and link merged into one run), underlines and link areas, with the structure marks a tagged PDF needs.</summary>
internal static class TextLinePainter
{
    /// <summary>Paints <paramref name="line"/> at (<paramref name="x"/>, <paramref name="top"/>); decorations stay
    /// inside [<paramref name="left"/>, <paramref name="right"/>], the column the line was broken for.</summary>
    public static void Paint(ICanvas canvas, TextLine line, float x, float top, float left, float right)
    {
        var baseline = top + line.Baseline;
        PaintBackgrounds(canvas, line, x, baseline, left, right);
        var fragments = line.Fragments;
        var start = 0;
        for (var i = 1; i <= fragments.Count; i++)
        {
            if (i < fragments.Count && SameRun(fragments[start], fragments[i]))
                continue;
            PaintRun(canvas, line, start, i, x, top, baseline);
            start = i;
        }
    }

    /// <summary>Inline-code backgrounds, behind the text: an artifact (the look of the code, not its text).</summary>
    private static void PaintBackgrounds(ICanvas canvas, TextLine line, float x, float baseline, float left, float right)
    {
        var marked = false;
        foreach (var fragment in line.Fragments)
        {
            if (fragment.Style.Background is not { } background)
                continue;
            if (!marked)
            {
                canvas.BeginStructure(StructureTag.Artifact(ArtifactKind.Layout), new Box(left, baseline - line.Baseline, right - left, line.Height));
                marked = true;
            }
            var pad = fragment.Style.Size * 0.15f;
            var from = Math.Max(left, x + fragment.X - pad);
            var to = Math.Min(right, x + fragment.X + fragment.Width - TrailingWidth(fragment) + pad);
            canvas.FillRect(new Box(from, baseline - fragment.Style.Size * 0.85f, to - from, fragment.Style.Size * 1.12f),
                background, 1.5f);
        }
        if (marked)
            canvas.EndStructure();
    }

    /// <summary>Fragments [from, to) of one style as one glyph run, with their underlines and link areas. A link's
    /// text and areas are marked as the link (one structure element per link, however many lines it spans); text that
    /// is layout (continuation marks) as an artifact.</summary>
    private static void PaintRun(ICanvas canvas, TextLine line, int from, int to, float x, float top, float baseline)
    {
        var fragments = line.Fragments;
        var style = fragments[from].Style;
        var bounds = new Box(x + fragments[from].X, top, fragments[to - 1].X + fragments[to - 1].Width - fragments[from].X, line.Height);
        if (style.IsArtifact)
        {
            using var artifact = canvas.Artifact(bounds);
            canvas.Text(BuildRun(fragments, from, to, x, baseline));
            return;
        }
        if (style.Link is not null)
            canvas.BeginStructure(new StructureTag(StructureRole.Link, style.LinkOwner ?? style.Link), bounds);
        canvas.Text(BuildRun(fragments, from, to, x, baseline));
        for (var i = from; i < to; i++)
        {
            var fragment = fragments[i];
            var fragmentStyle = fragment.Style;
            // Inside one link the spaces between words are part of it; the last space before other text is not.
            var continues = i + 1 < fragments.Count && fragmentStyle.Link is not null
                && fragments[i + 1].Style.Link == fragmentStyle.Link;
            var trimmed = continues ? fragment.Width : fragment.Width - TrailingWidth(fragment);
            if (fragmentStyle.Underline)
            {
                var y = baseline + fragmentStyle.Size * 0.12f;
                var thickness = fragmentStyle.Size * 0.06f;
                using var artifact = canvas.Artifact(new Box(x + fragment.X, y - thickness / 2, trimmed, thickness));
                canvas.Line(x + fragment.X, y, x + fragment.X + trimmed, y, fragmentStyle.Color, thickness);
            }
            if (fragmentStyle.Link is { } link)
            {
                var box = new Box(x + fragment.X, top, trimmed, line.Height);
                if (link.StartsWith('#'))
                    canvas.LinkDestination(box, link[1..]);
                else
                    canvas.LinkUrl(box, link);
            }
        }
        if (style.Link is not null)
            canvas.EndStructure();
    }

    private static float TrailingWidth(TextFragment fragment)
    {
        var text = fragment.Shaped.Text;
        var spaces = 0;
        while (spaces < text.Length && text[text.Length - 1 - spaces] == ' ')
            spaces++;
        return spaces == 0 ? 0 : fragment.Face.SpaceWidth * fragment.Style.Size * spaces;
    }

    /// <summary>Fragments drawn as one run: same face, size and colour, and the same link and artifact marking (a run
    /// never straddles the edge of a link).</summary>
    private static bool SameRun(TextFragment a, TextFragment b) =>
        ReferenceEquals(a.Face, b.Face) && a.Style.Size == b.Style.Size && a.Style.Color == b.Style.Color
        && a.Style.Link == b.Style.Link && ReferenceEquals(a.Style.LinkOwner, b.Style.LinkOwner)
        && a.Style.IsArtifact == b.Style.IsArtifact;

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
