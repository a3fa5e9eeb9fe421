using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>
/// Text shaped with HarfBuzz against the full font (so ligatures are applied), as the PDF writer shapes it,
/// then drawn with any typeface as one positioned run carrying UTF-8 text and clusters.
/// </summary>
internal sealed class ShapedSample
{
    private ShapedSample(string text, ushort[] glyphs, SKPoint[] positions, uint[] clusters)
    {
        Text = text;
        Glyphs = glyphs;
        Positions = positions;
        Clusters = clusters;
    }

    public string Text { get; }

    public ushort[] Glyphs { get; }

    private SKPoint[] Positions { get; }

    private uint[] Clusters { get; }

    public static ShapedSample Shape(string fontPath, string text, float size)
    {
        using Blob blob = Blob.FromFile(fontPath);
        using var face = new Face(blob, 0);
        using var font = new HarfBuzzSharp.Font(face);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);

        GlyphInfo[] infos = buffer.GlyphInfos;
        GlyphPosition[] advances = buffer.GlyphPositions;
        float scale = size / face.UnitsPerEm;
        var positions = new SKPoint[infos.Length];
        float pen = 0;
        for (int i = 0; i < infos.Length; i++)
        {
            positions[i] = new SKPoint(pen + advances[i].XOffset * scale, -advances[i].YOffset * scale);
            pen += advances[i].XAdvance * scale;
        }

        // HarfBuzz clusters index UTF-16 code units here; Skia wants byte offsets into the UTF-8 text.
        uint[] clusters = infos.Select(info => (uint)Encoding.UTF8.GetByteCount(text.AsSpan(0, (int)info.Cluster))).ToArray();
        return new ShapedSample(text, infos.Select(info => (ushort)info.Codepoint).ToArray(), positions, clusters);
    }

    public byte[] RenderPdf(SKTypeface drawingFont, float size)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Text);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            SKCanvas canvas = document.BeginPage(595, 842);
            using var font = new SKFont(drawingFont, size);
            using var builder = new SKTextBlobBuilder();
            SKPositionedTextRunBuffer run = builder.AllocatePositionedTextRun(font, Glyphs.Length, utf8.Length, null);
            run.SetGlyphs(Glyphs);
            run.SetPositions(Positions);
            run.SetText(utf8);
            run.SetClusters(Clusters);
            using SKTextBlob? textBlob = builder.Build();
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawText(textBlob, 72, 100, paint);
            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }
}
