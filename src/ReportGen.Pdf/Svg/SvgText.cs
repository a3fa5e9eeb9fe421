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
            foreach (var (face, text) in Segments(piece.Text, Role(style)))
            {
                var shaped = face.Shape(text);
                var baseline = penY + BaselineShift(style.Baseline, face) * size;
                var xs = new float[shaped.Glyphs.Length];
                var ys = new float[shaped.Glyphs.Length];
                var startX = penX;
                for (var i = 0; i < xs.Length; i++)
                {
                    xs[i] = penX + shaped.OffsetsX[i] * size;
                    ys[i] = baseline - shaped.OffsetsY[i] * size;
                    penX += shaped.Advances[i] * size;
                }
                if (color is var (rgb, alpha) && style.Visible && size > 0 && xs.Length > 0)
                    runs.Add((new GlyphRun(face, size, rgb, shaped.Glyphs, xs, ys, shaped.Utf8, shaped.Clusters)
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

    private static GlyphRun Shifted(GlyphRun run, float shift) => run with
    {
        X = run.X.Select(x => x + shift).ToArray(), EndX = run.EndX + shift,
    };

    private static float BaselineShift(string baseline, FontFace face) => baseline switch
    {
        "middle" or "central" => (face.Ascent - face.Descent) / 2,
        "hanging" or "text-before-edge" or "text-top" => face.Ascent,
        "text-after-edge" or "ideographic" or "text-bottom" => -face.Descent,
        "mathematical" => face.Ascent / 2,
        _ => 0,
    };

    private static FontRole Role(SvgStyle style)
    {
        var family = style.FontFamily.ToLowerInvariant();
        var mono = family.Contains("mono", StringComparison.Ordinal) || family.Contains("courier", StringComparison.Ordinal) ||
                   family.Contains("consol", StringComparison.Ordinal) || family.Contains("menlo", StringComparison.Ordinal) ||
                   family.Contains("code", StringComparison.Ordinal);
        var role = mono ? FontRole.Mono : FontRole.Regular;
        if (style.Bold) role = role.WithBold();
        if (style.Italic) role = role.WithItalic();
        return role;
    }

    /// <summary>Splits text into runs each drawn by one face: the role's face where it has the character, else the
    /// same fallback chain as body text.</summary>
    private IEnumerable<(FontFace Face, string Text)> Segments(string text, FontRole role)
    {
        var primary = fonts.Get(role);
        FontFace? current = null;
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = primary.Covers(rune.Value) ? primary : fonts.Resolve(role, rune.Value) ?? primary;
            if (current is not null && face != current && builder.Length > 0)
            {
                yield return (current, builder.ToString());
                builder.Clear();
            }
            current = face;
            builder.Append(rune.ToString());
        }
        if (current is not null && builder.Length > 0)
            yield return (current, builder.ToString());
    }
}
