using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>One render's Scriban context: every <c>{{ value }}</c> is escaped as plain text unless a helper marked it
/// as Markdown; loops, recursion, output size and time are capped by the render's <see cref="LayoutLimits"/>, and a
/// cap that is reached stops the render with an error (never a silently cut output); no .NET member of any object is
/// reachable.</summary>
internal sealed class SandboxContext : TemplateContext
{
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    public SandboxContext(ScriptObject builtins, LayoutTemplateLoader loader, CancellationToken cancel, LayoutLimits limits)
        : base(builtins, StringComparer.Ordinal)
    {
        Limits = limits;
        LoopLimit = limits.LoopIterations;
        LoopLimitQueryable = limits.LoopIterations;
        RecursiveLimit = limits.Recursion;
        ObjectRecursionLimit = 32;
        // Scriban's default on reaching these is to cut the text and append "...": a report silently missing its
        // later sections. Throwing turns it into an error the render reports.
        LimitToString = limits.OutputCharacters;
        OutputLimit = limits.OutputCharacters;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
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

    /// <summary>Where each piece of the output comes from (layout text, or a value of the incident file), and which
    /// incident value a piece shows whole.</summary>
    public OutputSources Sources { get; } = new();

    /// <summary>The expression statement being evaluated: the one whose value <see cref="Write"/> writes.</summary>
    private ScriptNode? _statement;

    /// <summary>The incident's text values by identity, so each write that shows one is known (null: none is).</summary>
    public Provenance.ValuePaths? Values { get; init; }

    /// <summary>The limits this render runs under.</summary>
    public LayoutLimits Limits { get; }

    /// <inheritdoc/>
    /// <summary>True once the render ran past its time limit.</summary>
    public bool TimedOut { get; private set; }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // The token's timer can fire late when the thread pool is busy (parallel renders): the clock check cannot.
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_started) > Limits.Time)
        {
            TimedOut = true;
            throw new ScriptAbortException(span, CancellationToken);
        }
        if (CancellationToken.IsCancellationRequested)
        {
            TimedOut = true;
            throw new ScriptAbortException(span, CancellationToken);
        }
        if (textAsObject is null) return this;
        if (textAsObject is MarkdownFragment fragment)
        {
            if (fragment.Text.Length > 0) Sources.Value(Output, _statement, fragment.Sources, fragment.ValueId, fragment.IsBlock);
            return base.Write(span, fragment.Text);
        }
        var text = MarkdownEscaper.Text(ObjectToString(textAsObject) ?? "");
        if (textAsObject is DateTimeOffset or DateOnly) Sources.DateShown(textAsObject); // a date written as it is shows its key
        if (text.Length > 0) Sources.Value(Output, _statement, null, ValueId(textAsObject), written: textAsObject);
        return base.Write(span, text);
    }

    /// <summary>The id of an incident text value (see <see cref="Values"/>), or -1 for anything else.</summary>
    public int ValueId(object? value) => Values?.IdOf(value) ?? -1;

    /// <inheritdoc/>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // Layout text is written by its raw statement, and a value by its expression statement: both pass here first,
        // so this is where each write learns its place in the template.
        switch (scriptNode)
        {
            case ScriptRawStatement raw:
                if (EnableOutput) Sources.Text(Output, raw);
                return base.Evaluate(scriptNode, aliasReturnedFunction);
            case ScriptExpressionStatement:
                var outer = _statement;
                _statement = scriptNode;
                try { return base.Evaluate(scriptNode, aliasReturnedFunction); }
                finally { _statement = outer; }
            default:
                return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
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
