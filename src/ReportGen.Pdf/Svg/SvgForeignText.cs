using System.Globalization;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Draws the text of a &lt;foreignObject&gt; (the HTML labels of Mermaid and draw.io) as plain lines
/// centred in its box, in the inherited font and colour: the words survive, the HTML styling does not.</summary>
internal sealed class SvgForeignText(SvgText text)
{
    private const float LineHeight = 1.2f; // em
    private const float Ascent = 0.8f;     // em, close enough for centring a label

    /// <summary>True when the foreignObject had text to draw.</summary>
    public bool Draw(ICanvas canvas, SvgNode foreign, SvgStyle style, SvgViewport viewport)
    {
        var lines = string.Concat(foreign.Children.Where(c => c.Name == SvgNode.TextName).Select(c => c.Text))
            .Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
            return false;
        float L(string name, float reference) => SvgValues.Length(foreign.Attribute(name), reference, style.FontSize) ?? 0;
        var (x, y, width, height) = (L("x", viewport.Width), L("y", viewport.Height), L("width", viewport.Width), L("height", viewport.Height));
        var size = style.FontSize;
        var top = y + (height - lines.Count * LineHeight * size) / 2;
        // HTML colours text with `color`, not `fill`.
        var (color, alpha) = style.CurrentColor;
        var lineStyle = style with
        {
            Fill = "#" + color.R.ToString("x2", CultureInfo.InvariantCulture) + color.G.ToString("x2", CultureInfo.InvariantCulture) +
                   color.B.ToString("x2", CultureInfo.InvariantCulture),
            FillOpacity = alpha, TextAnchor = "middle", Baseline = "auto",
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = new SvgNode("text", foreign);
            line.Attributes["x"] = (x + width / 2).ToString(CultureInfo.InvariantCulture);
            line.Attributes["y"] = (top + (i * LineHeight + Ascent) * size + (LineHeight - 1) / 2 * size).ToString(CultureInfo.InvariantCulture);
            line.Children.Add(new SvgNode(SvgNode.TextName, line) { Text = lines[i] });
            text.Draw(canvas, line, lineStyle, viewport);
        }
        return true;
    }
}
