using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Packaging;

/// <summary>Page size and margins: the theme's, or the reference template's when it has them.</summary>
internal sealed record PageSetup(PageSize Size, PageMargin Margin)
{
    private const int HeaderDistance = 500; // twips from the page edge to the header and footer text

    /// <summary>Width between the margins, in points.</summary>
    public double TextWidth => ((double)Size.Width!.Value - Margin.Left!.Value - Margin.Right!.Value) / 20.0;

    /// <summary>The page setup for a document.</summary>
    public static PageSetup From(Theme theme, ReferenceTemplate? reference)
    {
        var section = reference?.SectionXml is { } xml ? new SectionProperties(xml) : null;
        var size = section?.GetFirstChild<PageSize>()?.CloneNode(true) as PageSize ?? new PageSize
        {
            Width = (uint)Units.Twips(theme.PageWidth),
            Height = (uint)Units.Twips(theme.PageHeight),
        };
        var margin = section?.GetFirstChild<PageMargin>()?.CloneNode(true) as PageMargin ?? new PageMargin
        {
            Top = Units.Twips(theme.Margins.Top),
            Bottom = Units.Twips(theme.Margins.Bottom),
            Left = (uint)Units.Twips(theme.Margins.Left),
            Right = (uint)Units.Twips(theme.Margins.Right),
            Header = HeaderDistance,
            Footer = HeaderDistance,
            Gutter = 0,
        };
        size.Width ??= (uint)Units.Twips(theme.PageWidth);
        margin.Left ??= (uint)Units.Twips(theme.Margins.Left);
        margin.Right ??= (uint)Units.Twips(theme.Margins.Right);
        return new PageSetup(size, margin);
    }

    /// <summary>The section properties closing the body, pointing at the header and footer parts.</summary>
    public SectionProperties ToSectionProperties(string headerId, string footerId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        Size.CloneNode(true),
        Margin.CloneNode(true));
}
