namespace ReportGen.Document;

/// <summary>One thing the PDF and the .docx show differently because a format cannot do what the other does. The
/// content is the same in both; only how (or whether) this part is shown differs. Listed in
/// <c>docs/format-differences.md</c>; the parity test allows exactly these differences and no others.</summary>
/// <param name="Id">A short stable name, used by the parity test.</param>
/// <param name="What">The part of the report concerned.</param>
/// <param name="Pdf">What the PDF does.</param>
/// <param name="Docx">What the .docx does.</param>
/// <param name="Comparison">How the parity test treats it.</param>
public sealed record FormatDifference(string Id, string What, string Pdf, string Docx, string Comparison);

/// <summary>Every known difference between the two outputs, in one place.</summary>
public static class FormatDifferences
{
    /// <summary>The page header and footer.</summary>
    public const string PageFurniture = "page-furniture";
    /// <summary>Page numbers in the table of contents.</summary>
    public const string ContentsPageNumbers = "contents-page-numbers";
    /// <summary>The generated timeline figure.</summary>
    public const string TimelineFigure = "timeline-figure";
    /// <summary>The generated trend figure of a review.</summary>
    public const string TrendFigure = "trend-figure";
    /// <summary>SVG figures and logos.</summary>
    public const string SvgPictures = "svg-pictures";
    /// <summary>Long code lines.</summary>
    public const string CodeContinuation = "code-continuation";
    /// <summary>Boxes set side by side.</summary>
    public const string LayoutTables = "layout-tables";

    /// <summary>The list, in the order the documentation shows it.</summary>
    public static IReadOnlyList<FormatDifference> All { get; } =
    [
        new(PageFurniture, "Page header, footer and the DRAFT mark",
            "Running header from page 2 (page 1 opens with the title block); footer with \"Page N of M\" counted by the " +
            "writer; a diagonal DRAFT watermark drawn as outlines (not text) while the report is not final.",
            "Word header and footer on every page; PAGE and NUMPAGES fields that Word counts; DRAFT in the header and a " +
            "watermark shape while the report is not final.",
            "Not compared: page furniture is outside the content (the PDF's text is read inside the page margins; " +
            "LibreOffice's text export leaves headers and footers out)."),
        new(ContentsPageNumbers, "Page numbers in the table of contents",
            "Each contents entry shows its page number, known from the writer's own layout.",
            "A TOC field with the entries filled in and no page numbers: only a real page layout knows them, and Word " +
            "fills them in when it updates the field on opening (LibreOffice shows the entries as written).",
            "The PDF's contents page numbers are left out of the text before comparing; the entries themselves are compared."),
        new(TimelineFigure, "The generated timeline figure",
            "Vector drawing; its labels are selectable text.",
            "A PNG picture drawn by the PDF engine (the same drawing), with the figure's alt text.",
            "Text inside figures is not compared; the .docx's timeline picture is not counted among the images."),
        new(TrendFigure, "The generated trend figure of a review",
            "Vector drawing; its labels are selectable text.",
            "A PNG picture drawn by the PDF engine (the same drawing), with the figure's alt text.",
            "Text inside figures is not compared; the .docx's trend picture is not counted among the images."),
        new(SvgPictures, "SVG figures and an SVG logo",
            "Drawn as vectors by ReportGen's SVG reader; text in them is selectable.",
            "The SVG itself, with a PNG fallback for viewers without SVG support (Word 2016+ shows the SVG, LibreOffice the PNG).",
            "Text inside figures is not compared; SVG pictures are counted apart from raster images (one in each output)."),
        new(CodeContinuation, "Code lines longer than the column",
            "Wrapped by the writer, each continuation line starting with a \u21AA mark so a reader sees the line did not break there.",
            "Wrapped by Word without a mark.",
            "The \u21AA marks are left out of the PDF's text before comparing."),
        new(LayoutTables, "Key figures, callouts and the title block's boxes",
            "Drawn as boxes and cards.",
            "Word places boxes side by side only in tables, so key figures and callouts are borderless tables in their " +
            "own table styles (Key Figures, Callout Box).",
            "Only data tables (the report's tables and the sign-off table) are compared as tables."),
    ];

    /// <summary>The difference with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No difference has that id.</exception>
    public static FormatDifference Get(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new KeyNotFoundException($"no format difference '{id}'");
}
