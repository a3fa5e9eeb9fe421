using System.Globalization;

namespace ReportGen.Document;

/// <summary>List markers, the same in every writer: a bullet shape per nesting depth, decimal numbers at every depth.</summary>
public static class ListMarkers
{
    /// <summary>Bullets by nesting depth (0-based), repeating after the last.</summary>
    public static IReadOnlyList<string> Bullets { get; } = ["\u2022", "\u25E6", "\u25AA"];

    /// <summary>The bullet at a nesting depth (0 for a top-level list).</summary>
    public static string Bullet(int depth) => Bullets[Math.Max(0, depth) % Bullets.Count];

    /// <summary>The marker of item number <paramref name="number"/> of an ordered list: <c>3.</c>.</summary>
    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture) + ".";
}
