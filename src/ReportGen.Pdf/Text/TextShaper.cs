using System.Text;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace ReportGen.Pdf.Text;

/// <summary>Runs HarfBuzz over one piece of text (kerning and ligatures applied) and keeps UTF-8 clusters.</summary>
internal static class TextShaper
{
    public static ShapedText Shape(HbFont font, int unitsPerEm, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HbBuffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        var rtl = buffer.Direction == Direction.RightToLeft;
        font.Shape(buffer);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var advances = new float[count];
        var offsetsX = new float[count];
        var offsetsY = new float[count];
        var clusters = new uint[count];
        var scale = 1f / unitsPerEm;
        var width = 0f;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            advances[i] = positions[i].XAdvance * scale;
            offsetsX[i] = positions[i].XOffset * scale;
            offsetsY[i] = positions[i].YOffset * scale;
            width += advances[i];
        }

        return new ShapedText
        {
            Text = text, Utf8 = utf8, Glyphs = glyphs, Advances = advances, OffsetsX = offsetsX,
            OffsetsY = offsetsY, Clusters = clusters, RightToLeft = rtl, Width = width,
        };
    }
}
