using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>PDF/A needs a trailer <c>/ID</c> (in the cross-reference stream's dictionary, which is the trailer); ours is derived from the file's content (never the clock or a random
/// source), so the same document gets the same identifier and a changed one a new identifier.</summary>
public partial class FileIdentifierTests
{
    private static string Identifier(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
        var xref = int.Parse(text[(startxref + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var trailer = text[xref..Math.Min(text.Length, xref + 400)];
        var match = TrailerId().Match(trailer);
        Assert.True(match.Success, "no /ID in the cross-reference stream:\n" + trailer);
        Assert.Equal(match.Groups[1].Value, match.Groups[2].Value); // a new file: both parts are the same
        return match.Groups[1].Value;
    }

    [Fact]
    public void The_same_document_gets_the_same_identifier_and_a_changed_one_a_new_one()
    {
        var document = TaggingCases.Document("blocks:all");
        var first = Identifier(SharedWriter.Pdf(document));
        Assert.Equal(first, Identifier(SharedWriter.Pdf(document)));
        var retitled = document with { Settings = document.Settings with { Title = document.Settings.Title + " (revised)" } };
        Assert.NotEqual(first, Identifier(SharedWriter.Pdf(retitled)));
    }

    [GeneratedRegex(@"<</Type/XRef[^>]*/ID\s*\[\s*<([0-9a-fA-F]{32})>\s*<([0-9a-fA-F]{32})>\s*\]", RegexOptions.Singleline)]
    private static partial Regex TrailerId();
}
