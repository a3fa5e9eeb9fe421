using ReportGen.Core.Provenance;

namespace ReportGen.Core.Tests.Provenance;

/// <summary>Diagnostics count lines in the Markdown as the layout wrote it (value markers in, as the side table of
/// origins does) but name the line of the Markdown <c>--format md</c> writes: every marked line maps to the stripped
/// line that holds its text.</summary>
public class MarkedLinesTests
{
    [Fact]
    public void Every_line_with_text_maps_to_the_stripped_line_showing_that_text()
    {
        var marked = "# " + ValueMarkers.Inline(1, "Search latency") + "\n\n" +
                     ValueMarkers.Block(2, "The search API slowed down.\n\nThen it recovered.") + "\n\n" +
                     "- item\n  " + ValueMarkers.Block(3, "nested value", indent: 2) + "\n\n" +
                     "## Details {.wide}\n";
        var stripped = ValueMarkers.StripMarkdown(marked).Split('\n');
        var markedLines = marked.Split('\n');
        var map = ValueMarkers.StrippedLines(marked);

        Assert.NotNull(map);
        Assert.Equal(markedLines.Length, map.Length);
        Assert.True(markedLines.Length > stripped.Length); // block markers stand on lines of their own
        for (var line = 0; line < markedLines.Length; line++)
        {
            var text = ValueMarkers.Strip(markedLines[line]).Trim();
            if (text.Length > 0) Assert.Equal(text, stripped[map[line]].Trim());
        }
        Assert.Equal("## Details {.wide}", stripped[map[Array.IndexOf(markedLines, "## Details {.wide}")]]);
    }

    [Fact]
    public void Markdown_without_markers_keeps_its_lines() =>
        Assert.Null(ValueMarkers.StrippedLines("# Title\n\ntext\n"));
}
