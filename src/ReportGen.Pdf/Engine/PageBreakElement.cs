namespace ReportGen.Pdf.Engine;

/// <summary>Ends the page: takes no space but reports that the rest continues on the next page. At the top of a page
/// it does nothing, so a break after content that exactly filled a page never leaves an empty page.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _broken;

    protected override SpacePlan MeasureCore(AvailableSpace space) =>
        _broken || space.AtPageTop ? SpacePlan.Full(0) : SpacePlan.Partial(0);

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space) => _broken = true;

    protected override void ResetCore() => _broken = false;
}
