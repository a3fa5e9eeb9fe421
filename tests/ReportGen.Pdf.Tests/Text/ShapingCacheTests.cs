using ReportGen.Pdf.Text;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Text;

/// <summary>The per-face shaping cache keeps words (they recur across reports) and not whole sentences (they would
/// grow the cache without bound in long batches); either way the shaping is the same.</summary>
public class ShapingCacheTests
{
    private static FontFace Face => SharedWriter.Instance.Fonts.Get(FontRole.Regular);

    [Fact]
    public void Words_are_shaped_once_and_found_again_by_string_or_span()
    {
        var word = "Checkout" + Guid.NewGuid().ToString("N")[..6] + " ";
        var first = Face.Shape(word);
        Assert.Same(first, Face.Shape(word));
        Assert.Same(first, Face.Shape(("x" + word).AsSpan(1)));
    }

    [Fact]
    public void Sentences_are_shaped_every_time_with_the_same_result()
    {
        var sentence = "Step 3 on orders-db; rolled back " + Guid.NewGuid().ToString("N")[..6];
        var first = Face.Shape(sentence);
        var second = Face.Shape(sentence);
        Assert.NotSame(first, second);
        Assert.Equal(first.Glyphs, second.Glyphs);
        Assert.Equal(first.Advances, second.Advances);
        Assert.Equal(first.Width, second.Width);
    }
}
