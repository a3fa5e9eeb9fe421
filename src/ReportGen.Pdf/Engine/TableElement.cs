namespace ReportGen.Pdf.Engine;

/// <summary>A header row repeated at the top of every page the table spans, then body rows. A row that does not fit in
/// the space left moves to the next page; a row taller than a whole page splits across pages (the page is forced).
/// The header never sits alone: at least part of a body row goes with it. On later pages the header is marked as an
/// artifact (a repeat), so the table has one header row in its structure.</summary>
internal sealed class TableElement(Element header, IReadOnlyList<Element> rows) : Element
{
    private readonly RepeatElement _header = new(header);
    private int _row;
    private bool _headerDrawn;
    private readonly List<(int, SpacePlan, AvailableSpace)> _planned = [];

    protected override SpacePlan MeasureCore(AvailableSpace space) => Plan(space).Result;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var (result, headerHeight, planned) = Plan(space);
        if (result.Fit == Fit.Nothing)
            return;
        if (_headerDrawn)
        {
            // The same header again on a later page: page furniture, so the table keeps one header row.
            using var repeat = canvas.Artifact(new Box(x, y, space.Width, headerHeight), ArtifactKind.RepeatedHeader);
            _header.Draw(canvas, x, y, space);
        }
        else
        {
            _header.Draw(canvas, x, y, space);
            _headerDrawn = true;
        }
        var top = headerHeight;
        foreach (var (index, plan, rowSpace) in planned)
        {
            rows[index].Draw(canvas, x, y + top, rowSpace);
            top += plan.Height;
            _row = plan.Fit == Fit.Full ? index + 1 : index;
        }
    }

    protected override void ResetCore()
    {
        _row = 0;
        _headerDrawn = false;
        _header.Reset();
        foreach (var row in rows)
            row.Reset();
    }

    private (SpacePlan Result, float HeaderHeight, List<(int Index, SpacePlan Plan, AvailableSpace Space)> Rows) Plan(
        AvailableSpace space)
    {
        var planned = _planned; // reused: a plan is read before the next one is made
        planned.Clear();
        if (_row >= rows.Count)
            return (SpacePlan.Full(0), 0, planned);
        var headerPlan = _header.Measure(space);
        if (headerPlan.Fit == Fit.Nothing)
            return (SpacePlan.Nothing, 0, planned);
        var used = headerPlan.Height;
        for (var i = _row; i < rows.Count; i++)
        {
            var first = planned.Count == 0;
            var rowSpace = new AvailableSpace(space.Width, Math.Max(0, space.Height - used), space.Forced && first);
            var plan = rows[i].Measure(rowSpace);
            if (plan.Fit == Fit.Full)
            {
                planned.Add((i, plan, rowSpace));
                used += plan.Height;
                continue;
            }
            // A row that only partly fits splits only when it is forced (taller than a page); otherwise it moves.
            if (plan.Fit == Fit.Partial && rowSpace.Forced)
            {
                planned.Add((i, plan, rowSpace));
                used += plan.Height;
            }
            break;
        }
        if (planned.Count == 0)
            return (SpacePlan.Nothing, headerPlan.Height, planned);
        var complete = planned[^1].Item1 == rows.Count - 1 && planned[^1].Item2.Fit == Fit.Full;
        return (complete ? SpacePlan.Full(used) : SpacePlan.Partial(used), headerPlan.Height, planned);
    }
}
