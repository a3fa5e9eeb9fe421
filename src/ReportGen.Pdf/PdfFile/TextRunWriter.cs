using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes one glyph run as PDF text: the font's two-byte character codes in a TJ array, with a position
/// adjustment wherever the laid-out pen position differs from the glyph's advance (kerning, justification), so the PDF
/// shows the glyphs exactly where the layout put them. The codes come from <see cref="EmbeddedFont.Codes"/>, whose
/// ToUnicode map reads every glyph right (ligatures, letters drawn in two glyphs, one glyph shared by two letters), so
/// no /ActualText is needed (but around a Private Use Area character the user typed, which PDF/A-2a asks for) and
/// every reader, poppler's and pdf.js's structure readers included, gets the typed text;
/// a glyph that only completes another's character (an Arabic letter's dots) is left to the canvas to draw as an outline.
/// A character no font has is shown as an invisible glyph carrying it (render mode 3), never as .notdef (PDF/UA), while
/// the canvas draws its box. A synthetic bold face (<see cref="Text.FontFace.SyntheticBold"/>) is drawn with text render
/// mode 2: filled and stroked.</summary>
internal static class TextRunWriter
{
    /// <summary>Fills <paramref name="codes"/> (one per glyph of the run) with the codes shown; 0 where a glyph is not
    /// text (the canvas draws it as an outline). True when some glyph is to be drawn as an outline (see
    /// <see cref="EmbeddedFont.FillCodes"/>).</summary>
    public static bool Write(ContentStream content, PdfDocumentContext document, GraphicsStateTracker state, GlyphRun run,
        Span<ushort> codes)
    {
        var font = document.Fonts.Get(run.Face);
        var outlined = font.FillCodes(run.Glyphs, run.Clusters, run.Utf8, codes);
        var bytes = content.Bytes;
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
        Show(bytes, run, codes, font, emboldened ? "2 Tr\n" : "0 Tr\n");
        if (emboldened)
            bytes.Ascii("0 Tr\n");
        bytes.Ascii("ET\n");
        return outlined;
    }

    /// <summary>One TJ per stretch of visible glyphs on the same baseline, at absolute positions; each .notdef glyph in
    /// between as its own invisible TJ, then back to <paramref name="mode"/>.</summary>
    private static void Show(PdfBytes bytes, GlyphRun run, ReadOnlySpan<ushort> codes, EmbeddedFont font, string mode)
    {
        var scale = 1000.0 / run.Size;
        // Every shown glyph passes through the loops below: the run's arrays and the widths are read into locals once
        // (writing the bytes would otherwise make the JIT load them again per glyph), and codes are looked up for Private
        // Use Area text only in a font that has any.
        ReadOnlySpan<ushort> glyphs = run.Glyphs;
        ReadOnlySpan<float> xs = run.X, ys = run.Y;
        var widths = font.CodeWidths;
        var privateUse = font.AnyPrivateUse;
        var start = 0;
        while (start < codes.Length)
        {
            if (codes[start] == 0)
            {
                start++; // not text: an outline
                continue;
            }
            if (glyphs[start] == 0 || (privateUse && font.IsPrivateUse(codes[start])))
            {
                ShowAlone(bytes, run, start, codes[start], font, mode);
                start++;
                continue;
            }
            // One line of glyphs on the same baseline per TJ; a glyph off the baseline starts a new text matrix.
            var stop = start + 1;
            var y = ys[start];
            while (stop < codes.Length && ys[stop] == y && glyphs[stop] != 0 && codes[stop] != 0
                   && !(privateUse && font.IsPrivateUse(codes[stop])))
                stop++;
            bytes.Ascii("1 0 0 -1 ").Number(xs[start]).Space().Number(y).Ascii(" Tm\n[<");
            for (var i = start; i < stop; i++)
            {
                bytes.Hex16(codes[i]);
                if (i + 1 >= stop)
                    break;
                var adjustment = Math.Round(widths[codes[i]] - (xs[i + 1] - xs[i]) * scale, 1);
                if (adjustment != 0)
                    bytes.Byte((byte)'>').Number(adjustment).Byte((byte)'<');
            }
            bytes.Ascii(">]TJ\n");
            start = stop;
        }
    }

    /// <summary>One glyph in a TJ of its own: a .notdef glyph's character, shown invisibly (render mode 3, then back to
    /// <paramref name="mode"/>), and a glyph whose text is a Private Use Area character, inside an /ActualText span
    /// holding that text (PDF/A-2 level A asks a replacement text of every such character; the user typed it, so the
    /// typed text is what the span says).</summary>
    private static void ShowAlone(PdfBytes bytes, GlyphRun run, int index, ushort code, EmbeddedFont font, string mode)
    {
        var privateUse = font.IsPrivateUse(code);
        if (privateUse)
            bytes.Ascii("/Span<</ActualText").TextString(font.Meaning(code).Text).Ascii(">>BDC\n");
        var invisible = run.Glyphs[index] == 0;
        if (invisible)
            bytes.Ascii("3 Tr\n");
        bytes.Ascii("1 0 0 -1 ").Number(run.X[index]).Space().Number(run.Y[index]).Ascii(" Tm\n[<").Hex16(code).Ascii(">]TJ\n");
        if (invisible)
            bytes.Ascii(mode);
        if (privateUse)
            bytes.Ascii("EMC\n");
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
