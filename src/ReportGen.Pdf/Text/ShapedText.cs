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
}
