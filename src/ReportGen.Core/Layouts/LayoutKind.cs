namespace ReportGen.Core.Layouts;

/// <summary>What a layout makes: the name of the built-in one (also its folder under <c>layouts/</c> and its resource
/// prefix) and the main template every layout of the kind has at its root. A layout folder is checked against the kind
/// the command expects, so a postmortem layout given to <c>review</c> is refused by name, not half-rendered.</summary>
/// <param name="Name">Built-in layout name: <c>postmortem</c> or <c>review</c>.</param>
/// <param name="MainTemplate">The template rendering starts from.</param>
public sealed record LayoutKind(string Name, string MainTemplate)
{
    /// <summary>One incident's postmortem report (<c>reportgen render</c>).</summary>
    public static LayoutKind Postmortem { get; } = new("postmortem", "report.md.sbn");

    /// <summary>A leadership review across incidents (<c>reportgen review</c>).</summary>
    public static LayoutKind Review { get; } = new("review", "review.md.sbn");

    /// <summary>Every built-in kind, for <c>layout export --name</c>.</summary>
    public static IReadOnlyList<LayoutKind> All { get; } = [Postmortem, Review];

    /// <summary>The kind with this name (any case), or null.</summary>
    public static LayoutKind? Named(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
