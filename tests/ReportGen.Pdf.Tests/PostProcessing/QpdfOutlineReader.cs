using System.Text.Json;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>An outline entry as qpdf reports it: title, 1-based target page, destination top, children.</summary>
internal sealed record QpdfBookmark(string Title, int Page, double Top, bool Open, IReadOnlyList<QpdfBookmark> Kids);

/// <summary>Reads the outline and the catalog of a PDF through qpdf's JSON output (an independent reader).</summary>
internal static class QpdfOutlineReader
{
    public static IReadOnlyList<QpdfBookmark> Outline(byte[] pdf)
    {
        PdfTools.Result result = PdfTools.Run("qpdf", pdf, "--json", "--json-key=outlines", "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        return ReadList(json.RootElement.GetProperty("outlines"));
    }

    /// <summary>The catalog dictionary (the trailer's /Root) as qpdf's JSON, keys with their slash.</summary>
    public static Dictionary<string, string> Catalog(byte[] pdf)
    {
        PdfTools.Result result = PdfTools.Run("qpdf", pdf, "--json", "--json-key=qpdf", "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement objects = json.RootElement.GetProperty("qpdf")[1];
        string root = objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
        JsonElement catalog = objects.GetProperty("obj:" + root).GetProperty("value");
        return catalog.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.ToString());
    }

    private static List<QpdfBookmark> ReadList(JsonElement items) =>
        items.EnumerateArray().Select(item => new QpdfBookmark(
            item.GetProperty("title").GetString()!,
            item.GetProperty("destpageposfrom1").GetInt32(),
            item.GetProperty("dest")[3].GetDouble(),
            item.GetProperty("open").GetBoolean(),
            ReadList(item.GetProperty("kids")))).ToList();
}
