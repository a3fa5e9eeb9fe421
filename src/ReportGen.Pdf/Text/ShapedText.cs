namespace ReportGen.Pdf.Text;

/// <summary>The result of shaping one piece of text with one face: glyphs in visual order with advances and offsets
/// in em units (multiply by the font size), and UTF-8 clusters so text extraction returns the exact characters.</summary>
internal sealed class ShapedText
{
    public required string Text { get; init; }
    public required byte[] Utf8 { get; init; }
    public required ushort[] Glyphs { get; init; }
    public required float[] Advances { get; init; }
    public required float[] OffsetsX { get; init; }
    public required float[] OffsetsY { get; init; }
    /// <summary>Byte offset into <see cref="Utf8"/> of the character each glyph came from.</summary>
    public required uint[] Clusters { get; init; }
    public required bool RightToLeft { get; init; }

    /// <summary>Total advance in em units.</summary>
    public float Width { get; init; }

    /// <summary>The glyphs <c>[glyphStart, glyphEnd)</c> (array order) as text of their own, without shaping again:
    /// they came from the bytes <c>[byteStart, byteEnd)</c> and characters <c>[charStart, charEnd)</c>. Costs the
    /// length of the slice, so cutting a long word into lines stays linear.</summary>
    public ShapedText Slice(int glyphStart, int glyphEnd, int byteStart, int byteEnd, int charStart, int charEnd)
    {
        var count = glyphEnd - glyphStart;
        var clusters = new uint[count];
        var width = 0f;
        for (var i = 0; i < count; i++)
        {
            clusters[i] = Clusters[glyphStart + i] - (uint)byteStart;
            width += Advances[glyphStart + i];
        }
        return new ShapedText
        {
            Text = Text[charStart..charEnd], Utf8 = Utf8[byteStart..byteEnd], Glyphs = Glyphs[glyphStart..glyphEnd],
            Advances = Advances[glyphStart..glyphEnd], OffsetsX = OffsetsX[glyphStart..glyphEnd],
            OffsetsY = OffsetsY[glyphStart..glyphEnd], Clusters = clusters, RightToLeft = RightToLeft, Width = width,
        };
    }
}
