using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>What a reader gets out of the PDF file: the text in reading order (poppler), the outline and the links
/// (qpdf), the images (poppler). Tables, and where figures and added page numbers are, come from the writer's own
/// record of what it drew on each page: the file has no structure tree yet, and the record is what the file is made
/// from.</summary>
internal static partial class PdfReading
{
    private sealed record Word(int Page, double X0, double Y0, double X1, double Y1, string Text);

    /// <summary>The words inside the page margins in content-stream order (<c>pdftotext -raw</c>, which follows the
    /// order the writer drew in: reading order), without the text inside figures, the page numbers the writer adds to
    /// the contents, and table header rows repeated on later pages.</summary>
    public static string Text(ParityOutputs outputs)
    {
        var geometry = outputs.Layout.Geometry;
        var skipped = SkippedRegions(outputs.Layout);
        var words = Words(File.ReadAllBytes(outputs.PdfPath));
        var kept = words.Where(w =>
        {
            var (cx, cy) = ((w.X0 + w.X1) / 2, (w.Y0 + w.Y1) / 2);
            var inside = cx >= geometry.Left && cx <= geometry.Width - geometry.Right && cy >= geometry.Top && cy <= geometry.Height - geometry.Bottom;
            return inside && !skipped[w.Page].Any(b => cx >= b.X && cx <= b.Right && cy >= b.Y && cy <= b.Bottom);
        });
        return string.Join(" ", kept.Select(w => w.Text));
    }

    private static List<Word> Words(byte[] pdf)
    {
        var html = PdfTools.Run("pdftotext", pdf, "-raw", "-bbox", "{pdf}", "-").Output;
        var words = new List<Word>();
        var page = -1;
        foreach (Match m in WordOrPage().Matches(html))
        {
            if (m.Groups["page"].Success)
            {
                page++;
                continue;
            }
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            words.Add(new Word(page, D("x0"), D("y0"), D("x1"), D("y1"), WebUtility.HtmlDecode(m.Groups["text"].Value)));
        }
        return words;
    }

    [GeneratedRegex("""(?<page><page )|<word xMin="(?<x0>[-0-9.]+)" yMin="(?<y0>[-0-9.]+)" xMax="(?<x1>[-0-9.]+)" yMax="(?<y1>[-0-9.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordOrPage();

    /// <summary>Per page: figure drawings, contents page numbers, and header rows of a table after their first page.</summary>
    private static List<Box>[] SkippedRegions(PaginatedDocument layout)
    {
        var seenHeaders = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var result = new List<Box>[layout.Pages.Count];
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            result[p] = [];
            foreach (var mark in layout.Pages[p].Commands.OfType<StructureBeginCommand>())
            {
                var tag = mark.Tag;
                if (tag.Role is StructureRole.Figure or StructureRole.PageNumber)
                    result[p].Add(mark.Box);
                else if (tag is { Role: StructureRole.TableRow, Row: 0 } && !seenHeaders.Add(tag.Owner))
                    result[p].Add(mark.Box);
            }
        }
        return result;
    }

    /// <summary>The outline as (nesting depth from 1, title), in order.</summary>
    public static List<(int Depth, string Title)> Outline(ParityOutputs outputs)
    {
        var json = PdfTools.Run("qpdf", File.ReadAllBytes(outputs.PdfPath), "--json=2", "--json-key=outlines", "{pdf}").Output;
        var result = new List<(int, string)>();
        using var doc = JsonDocument.Parse(json);
        void Walk(JsonElement items, int depth)
        {
            foreach (var item in items.EnumerateArray())
            {
                result.Add((depth, item.GetProperty("title").GetString()!));
                Walk(item.GetProperty("kids"), depth + 1);
            }
        }
        Walk(doc.RootElement.GetProperty("outlines"), 1);
        return result;
    }

    /// <summary>The targets of the link annotations: external URIs and internal destination names.</summary>
    public static (SortedSet<string> External, SortedSet<string> Internal) Links(ParityOutputs outputs)
    {
        var json = PdfTools.Run("qpdf", File.ReadAllBytes(outputs.PdfPath), "--json=2", "--json-key=qpdf", "{pdf}").Output;
        var external = new SortedSet<string>(StringComparer.Ordinal);
        var internalNames = new SortedSet<string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        foreach (var obj in doc.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (!obj.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty("/Subtype", out var subtype) || subtype.GetString() != "/Link")
                continue;
            if (value.TryGetProperty("/A", out var action) && action.TryGetProperty("/URI", out var uri))
                external.Add(Unwrap(uri.GetString()!));
            else if (value.TryGetProperty("/Dest", out var dest) && dest.ValueKind == JsonValueKind.String)
                internalNames.Add(Unwrap(dest.GetString()!));
        }
        return (external, internalNames);
    }

    /// <summary>qpdf writes strings as <c>u:text</c> (Unicode) or <c>b:hex</c> (bytes).</summary>
    private static string Unwrap(string value) => value.StartsWith("u:", StringComparison.Ordinal) ? value[2..]
        : value.StartsWith("b:", StringComparison.Ordinal) ? System.Text.Encoding.Latin1.GetString(Convert.FromHexString(value[2..]))
        : value;

    /// <summary>Pixel sizes of the raster images drawn (each use), from <c>pdfimages -list</c>.</summary>
    public static List<(int Width, int Height)> Images(ParityOutputs outputs)
    {
        var list = PdfTools.Run("pdfimages", File.ReadAllBytes(outputs.PdfPath), "-list", "{pdf}").Output;
        return list.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 4 && f[2] == "image")
            .Select(f => (int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture)))
            .Order().ToList();
    }

    /// <summary>SVG pictures drawn as vectors: SVG figures and an SVG logo in a title block.</summary>
    public static int SvgPictures(ParityOutputs outputs)
    {
        var figures = outputs.Layout.Pages.SelectMany(p => p.Commands.OfType<StructureBeginCommand>())
            .Count(m => m.Tag is { Role: StructureRole.Figure, Owner: FigureBlock { Image.Format: ImageFormat.Svg } });
        var logo = outputs.Document.Theme.Logo is { Format: ImageFormat.Svg } && outputs.Document.Blocks.Any(b => b is TitleBlock) ? 1 : 0;
        return figures + logo;
    }

    /// <summary>The data tables (report tables and the sign-off) in order: rows (the header once), columns, and each
    /// column's share of the table width.</summary>
    public static List<TableShape> Tables(ParityOutputs outputs)
    {
        var tables = new List<(object Owner, SortedSet<int> Rows, SortedDictionary<int, double> Widths)>();
        foreach (var mark in outputs.Layout.Pages.SelectMany(p => p.Commands.OfType<StructureBeginCommand>()))
        {
            if (mark.Tag.Role is not (StructureRole.TableRow or StructureRole.TableCell))
                continue;
            var entry = tables.FirstOrDefault(t => ReferenceEquals(t.Owner, mark.Tag.Owner));
            if (entry.Owner is null)
                tables.Add(entry = (mark.Tag.Owner, new SortedSet<int>(), new SortedDictionary<int, double>()));
            entry.Rows.Add(mark.Tag.Row);
            if (mark.Tag.Role == StructureRole.TableCell)
                entry.Widths.TryAdd(mark.Tag.Column, mark.Box.Width);
        }
        return tables.Select(t => TableShape.Of(t.Rows.Count, t.Widths.Values.ToList())).ToList();
    }
}

/// <summary>A table as a reader compares it: rows, columns and each column's share of the width.</summary>
internal sealed record TableShape(int Rows, int Columns, IReadOnlyList<double> Shares)
{
    public static TableShape Of(int rows, IReadOnlyList<double> widths)
    {
        var total = widths.Sum();
        return new TableShape(rows, widths.Count, widths.Select(w => total > 0 ? w / total : 0).ToList());
    }

    public override string ToString() =>
        $"{Rows}x{Columns} [{string.Join(", ", Shares.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}]";
}
