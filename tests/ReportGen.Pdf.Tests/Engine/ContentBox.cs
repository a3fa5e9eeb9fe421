using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Tests.Engine;

/// <summary>Checks that a laid-out document's flowing content stays inside each page's content area (never in the
/// header, the footer or off the page).</summary>
internal static class ContentBox
{
    private const float Tolerance = 0.5f;

    /// <summary>The first drawn command (text, image, rectangle or line) that lies outside the content area, described
    /// for a failure message; null when everything is inside.</summary>
    public static string? FirstEscape(PaginatedDocument layout)
    {
        var area = layout.Geometry.Content;
        for (var p = 0; p < layout.Pages.Count; p++)
            foreach (var command in layout.Pages[p].ContentCommands)
            {
                if (command is not (TextCommand or ImageCommand or FillRectCommand or StrokeRectCommand or LineCommand))
                    continue; // vector paths are in a figure's own user space
                var b = command.Bounds;
                if (b.X < area.X - Tolerance || b.Y < area.Y - Tolerance || b.Right > area.Right + Tolerance ||
                    b.Bottom > area.Bottom + Tolerance)
                    return $"page {p + 1}: {Describe(command)} at {b} is outside the content area {area}";
            }
        return null;
    }

    public static void AssertInside(PaginatedDocument layout)
    {
        var escape = FirstEscape(layout);
        Assert.True(escape is null, escape);
    }

    private static string Describe(DrawCommand command) => command switch
    {
        TextCommand text => $"text '{Shorten(text.Text)}'",
        _ => command.GetType().Name,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
