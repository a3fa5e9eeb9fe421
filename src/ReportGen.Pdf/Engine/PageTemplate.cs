namespace ReportGen.Pdf.Engine;

/// <summary>Page size and margins in points; the content area is what the margins leave.</summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Right, float Top, float Bottom)
{
    public Box Content => new(Left, Top, Width - Left - Right, Height - Top - Bottom);
}

/// <summary>Lays content out into pages with a header and footer in the margins and an optional underlay (watermark).
/// The content is laid out once into recordings; header and footer are drawn afterwards, when the page count is
/// known, so "Page N of M" needs no second layout pass. Header and footer are marked as page-furniture artifacts.</summary>
internal sealed class PageTemplate(PageGeometry geometry)
{
    /// <summary>Stops a runaway layout with a clear error instead of looping.</summary>
    public const int MaxPages = 10_000;

    /// <summary>Builds the header for page <c>number</c> of <c>total</c> (1-based); drawn in the top margin.</summary>
    public Func<int, int, Element?>? Header { get; init; }
    /// <summary>Builds the footer for page <c>number</c> of <c>total</c>; drawn in the bottom margin.</summary>
    public Func<int, int, Element?>? Footer { get; init; }
    /// <summary>Drawn on every page before the content (behind it).</summary>
    public Action<ICanvas, PageGeometry>? Underlay { get; init; }

    public PageGeometry Geometry => geometry;

    /// <param name="content">What flows through the pages; reset first.</param>
    /// <param name="decorate">False for a measuring pass: no underlay, header or footer is drawn.</param>
    public IReadOnlyList<RecordingCanvas> Render(Element content, bool decorate = true)
    {
        content.Reset();
        var area = geometry.Content;
        var pages = new List<RecordingCanvas>();
        while (true)
        {
            var page = new RecordingCanvas();
            if (decorate)
                Underlay?.Invoke(page, geometry);
            var space = new AvailableSpace(area.Width, area.Height, AtPageTop: true);
            var plan = content.Measure(space);
            if (plan.Fit == Fit.Nothing)
            {
                space = space with { Forced = true };
                plan = content.Measure(space);
            }
            if (plan.Fit == Fit.Nothing)
                throw new LayoutException($"content on page {pages.Count + 1} cannot be placed even on an empty page");
            page.BeginContent();
            content.Draw(page, area.X, area.Y, space);
            page.EndContent();
            pages.Add(page);
            if (plan.Fit == Fit.Full)
                break;
            if (pages.Count >= MaxPages)
                throw new LayoutException($"layout did not finish within {MaxPages} pages");
        }
        for (var i = 0; decorate && i < pages.Count; i++)
            DrawMargins(pages[i], i + 1, pages.Count);
        return pages;
    }

    private void DrawMargins(RecordingCanvas page, int number, int total)
    {
        var area = geometry.Content;
        if (Header?.Invoke(number, total) is { } header)
        {
            var height = header.Measure(new AvailableSpace(area.Width, geometry.Top, true)).Height;
            var top = Math.Max(0, (geometry.Top - height) / 2);
            using var artifact = page.Artifact(new Box(area.X, top, area.Width, height), ArtifactKind.Header);
            header.Draw(page, area.X, top, new AvailableSpace(area.Width, geometry.Top - top, true));
        }
        if (Footer?.Invoke(number, total) is { } footer)
        {
            var height = footer.Measure(new AvailableSpace(area.Width, geometry.Bottom, true)).Height;
            var top = area.Bottom + Math.Max(0, (geometry.Bottom - height) / 2);
            using var artifact = page.Artifact(new Box(area.X, top, area.Width, height), ArtifactKind.Footer);
            footer.Draw(page, area.X, top, new AvailableSpace(area.Width, geometry.Bottom, true));
        }
    }
}

/// <summary>The layout could not make progress (a bug or an impossible page setup), reported instead of looping.</summary>
internal sealed class LayoutException(string message) : Exception(message);
