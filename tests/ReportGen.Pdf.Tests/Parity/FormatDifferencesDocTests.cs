using ReportGen.Document;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>docs/format-differences.md and <see cref="FormatDifferences.All"/> are one list: the test allows exactly
/// what the documentation says.</summary>
public class FormatDifferencesDocTests
{
    [Fact]
    public void The_documentation_lists_exactly_the_differences_the_parity_test_allows()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format-differences.md"));
        var rows = doc.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(FormatDifferences.All.Select(d => d.Id), rows.Select(r => r.Split('`')[1]));
        foreach (var (difference, row) in FormatDifferences.All.Zip(rows))
        {
            var cells = row.Split(" | ").Select(c => c.Trim(' ', '|')).ToList();
            Assert.Equal([$"`{difference.Id}`", difference.What, difference.Pdf, difference.Docx, difference.Comparison], cells);
        }
    }
}
