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
        // One underline per stretch of underlined fragments and one link area per run (a run never straddles the edge
        // of a link): a link of several words was an annotation and an underline per word, each annotation with its
        // own description, structure reference and parent-tree entry (100 annotations per typical report, not 40).
        for (var i = from; i < to;)
        {
            if (!fragments[i].Style.Underline)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < to && fragments[end].Style.Underline)
                end++;
            var fragment = fragments[i];
            var y = baseline + fragment.Style.Size * 0.12f;
            var thickness = fragment.Style.Size * 0.06f;
            var width = Right(fragments, end - 1) - fragment.X;
            using (canvas.Artifact(new Box(x + fragment.X, y - thickness / 2, width, thickness)))
                canvas.Line(x + fragment.X, y, x + fragment.X + width, y, fragment.Style.Color, thickness);
            i = end;
        }
        if (style.Link is { } link)
        {
            var box = new Box(x + fragments[from].X, top, Right(fragments, to - 1) - fragments[from].X, line.Height);
            if (link.StartsWith('#'))
                canvas.LinkDestination(box, link[1..]);
            else
                canvas.LinkUrl(box, link);
        }
        if (style.Link is not null)
            canvas.EndStructure();
    }

    /// <summary>Where fragment <paramref name="index"/>'s underline and link area end, from the line start: inside one
    /// link the spaces between words are part of it; the last space before other text is not.</summary>
    private static float Right(IReadOnlyList<TextFragment> fragments, int index)
    {
        var fragment = fragments[index];
        var continues = index + 1 < fragments.Count && fragment.Style.Link is not null
            && fragments[index + 1].Style.Link == fragment.Style.Link;
        return fragment.X + (continues ? fragment.Width : fragment.Width - TrailingWidth(fragment));
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
