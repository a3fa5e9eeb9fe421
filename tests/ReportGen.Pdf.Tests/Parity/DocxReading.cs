using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>What a reader gets out of the .docx: the text as LibreOffice reads it (headers, footers and field
/// instructions are not part of it; a TOC field's result is), heading paragraphs, data tables (the Report Table
/// style), hyperlinks and pictures.</summary>
internal static class DocxReading
{
    /// <summary>The timeline picture's drawing name (see the .docx writer).</summary>
    private const string TimelineDrawing = "Timeline figure";
    private const string SvgBlipUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private static T Read<T>(ParityOutputs outputs, Func<WordprocessingDocument, T> read)
    {
        using var package = WordprocessingDocument.Open(outputs.DocxPath, false);
        return read(package);
    }

    /// <summary>Headings as (nesting depth from 1, text): a heading nests under the nearest earlier heading of a lower
    /// level, as a PDF outline does.</summary>
    public static List<(int Depth, string Title)> Headings(ParityOutputs outputs) => Read(outputs, package =>
    {
        var result = new List<(int, string)>();
        var open = new Stack<int>();
        foreach (var paragraph in package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style is not ("Heading1" or "Heading2" or "Heading3"))
                continue;
            var level = style[^1] - '0';
            while (open.Count > 0 && open.Peek() >= level)
                open.Pop();
            result.Add((open.Count + 1, string.Concat(paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim()));
            open.Push(level);
        }
        return result;
    });

    /// <summary>Data tables (Report Table style, nested ones too) in order: rows, grid columns, column shares.</summary>
    public static List<TableShape> Tables(ParityOutputs outputs) => Read(outputs, package =>
        package.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "ReportTable")
            .Select(t => TableShape.Of(t.Elements<TableRow>().Count(),
                t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => double.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList()))
            .ToList());

    /// <summary>Hyperlink targets: external addresses (relationships) and internal bookmark names.</summary>
    public static (SortedSet<string> External, SortedSet<string> Internal) Links(ParityOutputs outputs) => Read(outputs, package =>
    {
        var main = package.MainDocumentPart!;
        var external = new SortedSet<string>(main.HyperlinkRelationships.Select(r => r.Uri.OriginalString), StringComparer.Ordinal);
        var internalNames = new SortedSet<string>(main.Document!.Body!.Descendants<Hyperlink>()
            .Select(h => h.Anchor?.Value).OfType<string>(), StringComparer.Ordinal);
        return (external, internalNames);
    });

    /// <summary>Pixel sizes of the raster pictures (each use), without the timeline picture and SVG fallbacks; and the
    /// number of SVG pictures.</summary>
    public static (List<(int Width, int Height)> Raster, int Svg) Images(ParityOutputs outputs) => Read(outputs, package =>
    {
        var main = package.MainDocumentPart!;
        var raster = new List<(int, int)>();
        var svg = 0;
        foreach (var drawing in main.Document!.Body!.Descendants<Drawing>())
        {
            var blip = drawing.Descendants<A.Blip>().Single();
            if (blip.Descendants<A.BlipExtension>().Any(e => e.Uri == SvgBlipUri))
            {
                svg++;
                continue;
            }
            if (drawing.Descendants<DW.DocProperties>().Single().Name?.Value == TimelineDrawing)
                continue;
            using var stream = main.GetPartById(blip.Embed!.Value!).GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            raster.Add(PixelSize(copy.ToArray()));
        }
        return (raster.Order().ToList(), svg);
    });

    /// <summary>Width and height from a PNG or JPEG header.</summary>
    private static (int, int) PixelSize(byte[] b)
    {
        if (b[0] == 0x89)
            return (BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20)));
        for (var i = 2; i + 9 < b.Length;)
        {
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            i += 2 + length;
        }
        throw new InvalidDataException("not a PNG or JPEG picture");
    }
}
