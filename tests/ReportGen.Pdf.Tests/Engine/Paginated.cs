using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>Paginates documents into recorded pages (the engine paginates; only the Scriban template is a layout) and reads geometry back from the recording canvas.</summary>
internal static class Paginated
{
    public static PaginatedDocument Of(params Block[] blocks) => Of(Document(blocks));

    public static PaginatedDocument Of(ReportDocument document) => SharedWriter.Instance.Paginate(document);

    public static ReportDocument Document(params Block[] blocks) => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = blocks,
    };

    public static IEnumerable<TextCommand> Texts(this RecordingCanvas page) => page.Commands.OfType<TextCommand>();

    /// <summary>Text drawn in the content area (not the running header or footer, not the watermark).</summary>
    public static IEnumerable<TextCommand> BodyTexts(this RecordingCanvas page, PageGeometry geometry) =>
        page.Texts().Where(t => !t.Run.AsOutlines && t.Bounds.Y >= geometry.Top - 1 && t.Bounds.Bottom <= geometry.Height - geometry.Bottom + 1);

    /// <summary>Page index (0-based) of every page on which the text appears as one run.</summary>
    public static List<int> PagesWith(this PaginatedDocument layout, string text) =>
        Enumerable.Range(0, layout.Pages.Count).Where(i => layout.Pages[i].Texts().Any(t => t.Text.Contains(text))).ToList();

    public static string AllText(this PaginatedDocument layout) =>
        string.Join("\n", layout.Pages.SelectMany(p => p.Texts()).Where(t => !t.Run.AsOutlines).Select(t => t.Text));
}
