using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Engine;

public class GeometryTests
{
    public static TheoryData<string> Documents => ["typical", "stress", "dense"];

    private static PaginatedDocument PaginatedOf(string name) => Paginated.Of(name switch
    {
        "typical" => ReportFixtures.Typical(),
        "stress" => StressFixtures.Stress(),
        _ => StressFixtures.Dense(8),
    });

    [Theory]
    [MemberData(nameof(Documents))]
    public void Nothing_is_drawn_outside_the_margins(string name)
    {
        var layout = PaginatedOf(name);
        var g = layout.Geometry;
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            foreach (var command in layout.Pages[p].Commands)
            {
                if (command is TextCommand { Run.AsOutlines: true } or BookmarkCommand or StructureEndCommand
                    or StructureBeginCommand { Tag.Owner: ArtifactKind.Watermark })
                    continue; // the watermark (and its artifact mark) spans the page on purpose; bookmarks and structure ends are not drawn
                var b = command.Bounds;
                Assert.True(b.X >= g.Left - 0.5f && b.Right <= g.Width - g.Right + 0.5f,
                    $"{name} page {p + 1}: {command.GetType().Name} {b} crosses a side margin");
                Assert.True(b.Y >= 0 && b.Bottom <= g.Height, $"{name} page {p + 1}: {b} is off the page");
            }
            foreach (var text in layout.Pages[p].BodyTexts(g))
                Assert.True(text.Bounds.Bottom <= g.Height - g.Bottom + 0.5f, $"{name} page {p + 1}: '{text.Text}' runs into the footer");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_two_pieces_of_text_overlap(string name)
    {
        var layout = PaginatedOf(name);
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            var texts = layout.Pages[p].Texts().Where(t => !t.Run.AsOutlines && t.Run.Glyphs.Length > 0)
                .Select(t => (t.Text, Box: Ink(t))).ToList();
            for (var i = 0; i < texts.Count; i++)
                for (var j = i + 1; j < texts.Count; j++)
                    Assert.False(texts[i].Box.Intersects(texts[j].Box, 0.3f),
                        $"{name} page {p + 1}: '{texts[i].Text}' {texts[i].Box} overlaps '{texts[j].Text}' {texts[j].Box}");
        }
    }

    /// <summary>The text's box from its baseline's cap height to its descender: what a reader sees as its ink.</summary>
    private static Box Ink(TextCommand t)
    {
        var b = t.Bounds;
        var baseline = t.Run.Y.Max();
        return new Box(b.X, baseline - t.Run.Size * 0.75f, b.Width, t.Run.Size * 0.95f);
    }

    [Fact]
    public void Table_cells_of_a_row_share_its_top_and_columns_are_aligned_across_pages()
    {
        var layout = PaginatedOf("typical");
        var lefts = new Dictionary<string, HashSet<float>>();
        foreach (var page in layout.Pages)
        {
            foreach (var t in page.Texts().Where(t => t.Text is "Time" or "Event" or "By" or "Kind"))
            {
                if (!lefts.TryGetValue(t.Text, out var set))
                    lefts[t.Text] = set = [];
                set.Add(MathF.Round(t.Bounds.X, 2));
            }
        }
        Assert.Equal(4, lefts.Count);
        Assert.All(lefts, kv => Assert.Single(kv.Value));
    }
}
