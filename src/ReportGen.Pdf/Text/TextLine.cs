namespace ReportGen.Pdf.Text;

/// <summary>A shaped piece of text placed on a line: <see cref="X"/> is its left edge from the line start.</summary>
internal sealed record TextFragment(FontFace Face, TextStyle Style, ShapedText Shaped, float X, float Width);

/// <summary>One laid-out line: fragments in visual order, the width of its ink (trailing spaces excluded), its height
/// and the baseline measured from its top.</summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, float Width, float Height, float Baseline);
