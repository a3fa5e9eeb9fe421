using ReportGen.Document;
using ReportGen.Pdf.Tests.Parity;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>The structure tree as pdf.js reads it (<c>getStructTree()</c> per page): every page has one, the roles are
/// the standard ones the blocks stand for, figures carry their alt text and links their annotations.</summary>
public class PdfJsTests
{
    /// <summary>Standard structure types (ISO 32000-1 §14.8.4); <c>Form</c> holds a signature field's widget.</summary>
    private static readonly HashSet<string> StandardRoles =
    [
        "Root", "Document", "Div", "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody",
        "TR", "TH", "TD", "Figure", "Caption", "Link", "Code", "Note", "TOC", "TOCI", "Form",
    ];

    public static TheoryData<string> Examples => new(ParityCases.Names.Where(n => n.StartsWith("example:", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_page_has_a_structure_tree_of_standard_roles(string name)
    {
        if (PdfJs.SkipReason is not null)
            return; // .ci/run printed why pdf.js is not available
        var pages = PdfJs.StructTrees(TaggingCases.Pdf(name));
        Assert.All(pages, (page, i) =>
        {
            Assert.True(page is not null, $"{name}: pdf.js finds no structure tree on page {i + 1}");
            Assert.Equal("Document", Assert.Single(page!.Children).Role);
            Assert.All(page.Descendants(), node => Assert.Contains(node.Role, StandardRoles));
        });
    }

    [Fact]
    public void The_checkout_example_has_every_kind_of_element_and_its_figures_their_alt_text()
    {
        if (PdfJs.SkipReason is not null)
            return;
        const string name = "example:checkout-outage";
        var document = ParityCases.Document(name);
        var nodes = PdfJs.StructTrees(TaggingCases.Pdf(name)).SelectMany(p => p!.Descendants()).ToList();
        var roles = nodes.Select(n => n.Role).ToHashSet();
        Assert.Superset(new HashSet<string> { "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH",
            "TD", "Figure", "Caption", "Link", "Code", "Note", "TOC", "TOCI" }, roles);

        var expectedAlts = document.Blocks.Select(b => b switch
        {
            TimelineFigureBlock t => t.AltText,
            FigureBlock f => f.AltText,
            _ => null,
        }).OfType<string>().ToList();
        Assert.NotEmpty(expectedAlts);
        Assert.Equal(expectedAlts, nodes.Where(n => n.Role == "Figure").Select(n => n.Alt));
        Assert.All(nodes.Where(n => n.Role == "Link"), link => Assert.True(link.Objects > 0, $"link '{link.Text}' has no annotation"));
        // pdf.js joins the title's two lines without a space: compare without whitespace.
        Assert.Equal(document.Settings.Title.Replace(" ", "", StringComparison.Ordinal),
            nodes.First(n => n.Role == "H1").Text.Replace(" ", "", StringComparison.Ordinal));
    }
}
