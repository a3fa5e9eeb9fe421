using System.Globalization;

namespace ReportGen.Core.Layouts;

/// <summary>How much work one layout render may do before it is stopped as a runaway (a loop that never ends, a
/// string that doubles for ever). The limits grow with the incident, so a big incident never meets a limit meant for
/// a broken layout: loop iterations, output size and time are each a base plus a share per value or character of
/// the incident. <see cref="Scale"/> multiplies them all (<c>reportgen render --layout-budget</c>).</summary>
public sealed record LayoutBudget
{
    /// <summary>The name of the option that raises the budget, for messages.</summary>
    public const string OptionName = "--layout-budget";

    /// <summary>Loop iterations any incident may use.</summary>
    internal const int BaseLoopIterations = 20_000;

    /// <summary>Further loop iterations per value of the incident (a linear layout needs a few per value).</summary>
    internal const int LoopIterationsPerValue = 16;

    /// <summary>Output characters any incident may produce.</summary>
    internal const long BaseOutputCharacters = 1024 * 1024;

    /// <summary>Further output per character of the incident's text: a value may be printed several times, and
    /// escaping can make one character six (<c>{</c> becomes <c>&amp;#123;</c>).</summary>
    internal const int OutputCharactersPerTextCharacter = 48;

    /// <summary>Further output per value of the incident: the layout's own text around it (a table row, a bullet).</summary>
    internal const int OutputCharactersPerValue = 512;

    /// <summary>Nesting of includes and functions calling functions: the incident's data never needs more.</summary>
    internal const int BaseRecursion = 32;

    /// <summary>Time any incident may take.</summary>
    internal static readonly TimeSpan BaseTime = TimeSpan.FromSeconds(2);

    /// <summary>Further time per mebibyte of the incident's text (generous: Markdig reads a mebibyte of dense structure in about a second on a slow machine).</summary>
    internal static readonly TimeSpan TimePerMebibyte = TimeSpan.FromSeconds(8);

    /// <summary>.NET strings hold at most about 2^30 characters; the output limit never goes past this.</summary>
    private const long MaxOutputCharacters = 1_000_000_000;

    /// <summary>The default budget (scale 1).</summary>
    public static LayoutBudget Default { get; } = new();

    /// <summary>Multiplies every limit; at least 1. Default 1.</summary>
    public int Scale
    {
        get => _scale;
        init => _scale = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the layout budget scale must be at least 1");
    }

    private readonly int _scale = 1;

    /// <summary>The limits for one render of an incident of <paramref name="size"/>.</summary>
    internal LayoutLimits For(ModelSize size)
    {
        var loops = (long)Scale * (BaseLoopIterations + LoopIterationsPerValue * size.Values);
        var output = Scale * (BaseOutputCharacters + OutputCharactersPerTextCharacter * size.Characters + OutputCharactersPerValue * size.Values);
        var time = (BaseTime + TimePerMebibyte * (size.Characters / (1024.0 * 1024.0))) * Scale;
        return new LayoutLimits(
            (int)Math.Min(loops, int.MaxValue),
            (int)Math.Min(output, MaxOutputCharacters),
            (int)Math.Min((long)BaseRecursion * Scale, 1000),
            time,
            Scale);
    }
}

/// <summary>The limits of one render, from <see cref="LayoutBudget.For"/>.</summary>
/// <param name="LoopIterations">Iterations allowed across nested loops (Scriban's LoopLimit).</param>
/// <param name="OutputCharacters">Characters the render may write, and the longest string it may build.</param>
/// <param name="Recursion">Nesting of includes and function calls.</param>
/// <param name="Time">Wall-clock time allowed.</param>
/// <param name="Scale">The budget's scale, for the hint that raises it.</param>
internal readonly record struct LayoutLimits(int LoopIterations, int OutputCharacters, int Recursion, TimeSpan Time, int Scale)
{
    /// <summary>The hint every "layout stopped" message ends with: how to give the layout more.</summary>
    public string RaiseHint => string.Create(CultureInfo.InvariantCulture,
        $"if the layout really needs more, raise the budget: reportgen render (or review) {LayoutBudget.OptionName} {Scale * 4} (default 1)");
}

/// <summary>How big the data a layout sees is: its values (text, numbers, dates, list entries, objects) and the
/// characters of its text.</summary>
internal readonly record struct ModelSize(long Values, long Characters);
