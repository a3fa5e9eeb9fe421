using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>One render's Scriban context: every <c>{{ value }}</c> is escaped as plain text unless a helper marked it
/// as Markdown; loops, recursion and time are capped; no .NET member of any object is reachable.</summary>
internal sealed class SandboxContext : TemplateContext
{
    /// <summary>Cumulative iterations allowed across nested loops.</summary>
    public const int MaxLoopIterations = 20_000;

    /// <summary>Nesting allowed for includes and recursive functions.</summary>
    public const int MaxRecursion = 32;

    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly TimeSpan _timeLimit;

    public SandboxContext(ScriptObject builtins, LayoutTemplateLoader loader, CancellationToken cancel, TimeSpan timeLimit)
        : base(builtins, StringComparer.Ordinal)
    {
        _timeLimit = timeLimit;
        LoopLimit = MaxLoopIterations;
        LoopLimitQueryable = MaxLoopIterations;
        RecursiveLimit = MaxRecursion;
        ObjectRecursionLimit = 32;
        LimitToString = 100_000;
        RegexTimeOut = TimeSpan.FromMilliseconds(200);
        TemplateLoader = loader;
        MemberFilter = _ => false;
        EnableRelaxedMemberAccess = true;
        EnableRelaxedTargetAccess = true;
        StrictVariables = false;
        CancellationToken = cancel;
        NewLine = "\n";
        loader.Prime(this);
    }

    /// <inheritdoc/>
    /// <summary>True once the render ran past its time limit.</summary>
    public bool TimedOut { get; private set; }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // The token's timer can fire late when the thread pool is busy (parallel renders): the clock check cannot.
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_started) > _timeLimit)
        {
            TimedOut = true;
            throw new OperationCanceledException("layout time limit");
        }
        CancellationToken.ThrowIfCancellationRequested();
        if (textAsObject is null) return this;
        if (textAsObject is MarkdownFragment fragment) return base.Write(span, fragment.Text);
        return base.Write(span, MarkdownEscaper.Text(ObjectToString(textAsObject) ?? ""));
    }

    /// <inheritdoc/>
    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        MarkdownFragment f => f.Text,
        DateTimeOffset t => FormatHelpers.DateTime(t),
        DateOnly d => FormatHelpers.Date(d),
        TimeSpan s => FormatHelpers.Duration(s),
        _ => base.ObjectToString(value, nested),
    };
}
