using System.Globalization;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The page number of a named destination (a heading in the contents). It is known only after a first layout
/// pass, so it is read from <see cref="RenderContext.DestinationPages"/> whenever it is measured: the second pass reuses
/// the whole element tree (and its broken lines) instead of building it again.</summary>
internal sealed class DestinationPageElement(RenderContext context, string destination, TextStyle style, TextOptions options)
    : Element
{
    private string? _text;
    private TextElement? _element;

    private TextElement Current()
    {
        var text = context.DestinationPages.TryGetValue(destination, out var page)
            ? page.ToString(CultureInfo.InvariantCulture) : "";
        if (_element is null || text != _text)
        {
            _text = text;
            _element = context.Text(text, style, options, ColumnAlignment.Right);
        }
        return _element;
    }

    protected override SpacePlan MeasureCore(AvailableSpace space) => Current().Measure(space);

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space) =>
        Current().Draw(canvas, x, y, space);

    protected override void ResetCore() => _element?.Reset();
}
