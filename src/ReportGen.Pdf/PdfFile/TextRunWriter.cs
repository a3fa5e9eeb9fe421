using System.Text;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes one glyph run as PDF text: the font's two-byte glyph ids in a TJ array, with a position adjustment
/// wherever the laid-out pen position differs from the glyph's advance (kerning, justification), so the PDF shows the
/// glyphs exactly where the layout put them. A run whose text the ToUnicode map cannot tell (several glyphs for one
/// character, or one glyph standing for different texts) is wrapped in an /ActualText span. A synthetic bold face
/// (<see cref="Text.FontFace.SyntheticBold"/>) is drawn with text render mode 2: filled and stroked.</summary>
internal static class TextRunWriter
{
    public static void Write(ContentStream content, PdfDocumentContext document, GraphicsStateTracker state, GlyphRun run)
    {
        var font = document.Fonts.Get(run.Face);
        var mapped = font.Use(run.Glyphs, run.Clusters, run.Utf8);
        var bytes = content.Bytes;
        if (!mapped)
            bytes.Ascii("/Span<</ActualText").TextString(Encoding.UTF8.GetString(run.Utf8)).Ascii(">>BDC\n");
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
        var widths = run.Face.AdvanceWidths;
        var scale = 1000.0 / run.Size;
        var start = 0;
        while (start < run.Glyphs.Length)
        {
            // One line of glyphs on the same baseline per TJ; a glyph off the baseline starts a new text matrix.
            var end = start + 1;
            while (end < run.Glyphs.Length && run.Y[end] == run.Y[start])
                end++;
            bytes.Ascii("1 0 0 -1 ").Number(run.X[start]).Space().Number(run.Y[start]).Ascii(" Tm\n[<");
            for (var i = start; i < end; i++)
            {
                var glyph = run.Glyphs[i];
                bytes.Hex16(glyph);
                if (i + 1 >= end)
                    break;
                var advance = glyph < widths.Length ? widths[glyph] : 0;
                var adjustment = Math.Round(advance - (run.X[i + 1] - run.X[i]) * scale, 1);
                if (adjustment != 0)
                    bytes.Byte((byte)'>').Number(adjustment).Byte((byte)'<');
            }
            bytes.Ascii(">]TJ\n");
            start = end;
        }
        if (emboldened)
            bytes.Ascii("0 Tr\n");
        bytes.Ascii("ET\n");
        if (!mapped)
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
