using System.Text;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Svg;

/// <summary>Lays out &lt;text&gt; with its &lt;tspan&gt;s: x/y/dx/dy (the first value of each list), text-anchor
/// per chunk, dominant-baseline, SVG's whitespace rules, font family/size/weight/style mapped onto the shipped
/// faces (monospace families to Liberation Mono, all others to Liberation Sans; characters they lack fall back like
/// body text). Drawn as real glyph runs, so the PDF keeps selectable, searchable text.</summary>
internal sealed class SvgText(FontLibrary fonts, SvgPaints paints)
{
    private readonly SvgFonts _fonts = new(fonts);

    private sealed record Piece(string Text, SvgStyle Style, float? X, float? Y, float Dx, float Dy);

    private sealed class Pending
    {
        public float? X, Y;
        public float Dx, Dy;
    }

    public void Draw(ICanvas canvas, SvgNode text, SvgStyle style, SvgViewport viewport)
    {
        var pieces = new List<Piece>();
        var preserve = text.Attribute("xml:space") == "preserve";
        Gather(text, style, viewport, pieces, new Pending(), preserve, isRoot: true);
        if (pieces.Count == 0)
            return;
        if (!preserve)
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text.TrimEnd(' ') };
        Emit(canvas, pieces, viewport);
    }

    private void Gather(SvgNode node, SvgStyle style, SvgViewport viewport, List<Piece> pieces, Pending pending, bool preserve, bool isRoot)
    {
        if (!isRoot)
        {
            if (node.Property("display") == "none")
                return;
            style = style.Apply(node, viewport.Diagonal);
        }
        float? First(string name, float reference) => SvgValues.Numbers(node.Attribute(name)).Count > 0
            ? SvgValues.Length(node.Attribute(name)!.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0], reference, style.FontSize)
            : null;
        if (First("x", viewport.Width) is { } x) { pending.X = x; pending.Dx = 0; }
        if (First("y", viewport.Height) is { } y) { pending.Y = y; pending.Dy = 0; }
        pending.Dx += First("dx", viewport.Width) ?? 0;
        pending.Dy += First("dy", viewport.Height) ?? 0;
        foreach (var child in node.Children)
        {
            if (child.Name == SvgNode.TextName)
            {
                var previousEndsInSpace = pieces.Count == 0 || pieces[^1].Text.EndsWith(' ');
                var content = preserve ? child.Text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ') : Collapse(child.Text, previousEndsInSpace);
                if (content.Length == 0)
                    continue;
                pieces.Add(new Piece(content, style, pending.X, pending.Y, pending.Dx, pending.Dy));
                pending.X = pending.Y = null;
                pending.Dx = pending.Dy = 0;
            }
            else if (child.Name is "tspan")
            {
                Gather(child, style, viewport, pieces, pending, preserve, isRoot: false);
            }
        }
    }

    /// <summary>SVG's default whitespace handling: newlines removed, tabs to spaces, runs of spaces collapsed, and no
    /// space at the start of the text.</summary>
    private static string Collapse(string text, bool previousEndsInSpace)
    {
        var builder = new StringBuilder(text.Length);
        var lastSpace = previousEndsInSpace;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
                continue;
            var space = c is ' ' or '\t';
            if (space && lastSpace)
                continue;
            builder.Append(space ? ' ' : c);
            lastSpace = space;
        }
        return builder.ToString();
    }

    private void Emit(ICanvas canvas, List<Piece> pieces, SvgViewport viewport)
    {
        var runs = new List<(GlyphRun Run, float StartX, int Chunk, string Anchor)>();
        float penX = 0, penY = 0;
        var chunk = -1;
        var anchor = "start";
        foreach (var piece in pieces)
        {
            if (piece.X is { } x || chunk < 0)
            {
                penX = piece.X ?? 0;
                chunk++;
                anchor = piece.Style.TextAnchor;
            }
            if (piece.Y is { } y)
                penY = y;
            penX += piece.Dx;
            penY += piece.Dy;
            var style = piece.Style;
            var size = style.FontSize;
            var color = SvgPaints.FirstColor(paints.Resolve(style.Fill, style.FillOpacity, style, default, viewport));
            foreach (var (face, text) in _fonts.Segments(piece.Text, SvgFonts.Role(style)))
            {
                var baseline = penY + SvgFonts.BaselineShift(style.Baseline, face) * size;
                var startX = penX;
                var glyphs = ShapeWords(face, text, size, ref penX, baseline);
                if (color is var (rgb, alpha) && style.Visible && size > 0 && glyphs.Glyphs.Length > 0)
                    runs.Add((new GlyphRun(face, size, rgb, glyphs.Glyphs, glyphs.X, glyphs.Y, glyphs.Utf8, glyphs.Clusters)
                    {
                        EndX = penX, Opacity = alpha,
                    }, startX, chunk, anchor));
            }
        }
        foreach (var group in runs.GroupBy(r => r.Chunk))
        {
            // text-anchor aligns the whole chunk (every run from one absolute x to the next), not each run.
            var left = group.Min(r => r.StartX);
            var right = group.Max(r => r.Run.EndX);
            var shift = group.First().Anchor switch { "middle" => -(right - left) / 2, "end" => -(right - left), _ => 0 };
            foreach (var (run, _, _, _) in group)
                canvas.Text(shift == 0 ? run : Shifted(run, shift));
        }
    }

    /// <summary>Shapes text word by word (spaces alone), as body text does: the face caches each distinct word, so a
    /// long or hostile label cannot fill the shared cache with whole sentences. Clusters point into the full text.</summary>
    private static (ushort[] Glyphs, float[] X, float[] Y, byte[] Utf8, uint[] Clusters) ShapeWords(
        FontFace face, string text, float size, ref float penX, float baseline)
    {
        var glyphs = new List<ushort>();
        var xs = new List<float>();
        var ys = new List<float>();
        var clusters = new List<uint>();
        var byteOffset = 0u;
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            if (text[start] != ' ')
                while (end < text.Length && text[end] != ' ')
                    end++;
            var shaped = face.Shape(text[start..end]);
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                glyphs.Add(shaped.Glyphs[i]);
                xs.Add(penX + shaped.OffsetsX[i] * size);
                ys.Add(baseline - shaped.OffsetsY[i] * size);
                clusters.Add(byteOffset + shaped.Clusters[i]);
                penX += shaped.Advances[i] * size;
            }
            byteOffset += (uint)shaped.Utf8.Length;
            start = end;
        }
        return ([.. glyphs], [.. xs], [.. ys], Encoding.UTF8.GetBytes(text), [.. clusters]);
    }

    private static GlyphRun Shifted(GlyphRun run, float shift) => run with
    {
        X = run.X.Select(x => x + shift).ToArray(), EndX = run.EndX + shift,
    };
}
