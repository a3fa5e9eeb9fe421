using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Core.Layouts;

/// <summary>A layout helper (<c>md.text</c>, <c>format.duration</c>…) with a fixed number of arguments, called
/// directly. Scriban's delegate import reflects over the delegate's method at run time, which the Native AOT
/// build of the tool cannot promise to keep; this calls the function with no reflection at all.</summary>
internal sealed class HelperFunction : IScriptCustomFunction
{
    private readonly Func<object?, object?, object?> _body;
    private readonly string[] _parameters;

    private HelperFunction(Type returnType, string[] parameters, Func<object?, object?, object?> body)
    {
        ReturnType = returnType;
        _parameters = parameters;
        _body = body;
    }

    /// <summary>A helper taking one argument.</summary>
    public static HelperFunction Of<T>(string parameter, Func<object?, T> body) =>
        new(typeof(T), [parameter], (a, _) => body(a));

    /// <summary>A helper taking one argument that also needs the render's context (to know incident values).</summary>
    public static HelperFunction WithContext<T>(string parameter, Func<TemplateContext, object?, T> body) =>
        new(typeof(T), [parameter], (a, _) => throw new InvalidOperationException("called without context")) { _withContext = (c, a, _) => body(c, a) };

    /// <summary>A helper taking two arguments that also needs the render's context.</summary>
    public static HelperFunction WithContext<T>(string first, string second, Func<TemplateContext, object?, object?, T> body) =>
        new(typeof(T), [first, second], (a, _) => throw new InvalidOperationException("called without context")) { _withContext = (c, a, b) => body(c, a, b) };

    private Func<TemplateContext, object?, object?, object?>? _withContext;

    /// <summary>A helper taking two arguments.</summary>
    public static HelperFunction Of<T>(string first, string second, Func<object?, object?, T> body) =>
        new(typeof(T), [first, second], (a, b) => body(a, b));

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType { get; }

    // Scriban asks for every argument given, also past the last parameter; Invoke then reports the wrong count.
    public ScriptParameterInfo GetParameterInfo(int index) =>
        new(typeof(object), index < _parameters.Length ? _parameters[index] : "extra");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != _parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"this helper takes {_parameters.Length} argument{(_parameters.Length == 1 ? "" : "s")} ({string.Join(", ", _parameters)}) but was given {arguments.Count}"));
        if (_withContext is not null) return _withContext(context, arguments[0], arguments.Count > 1 ? arguments[1] : null);
        return _body(arguments[0], arguments.Count > 1 ? arguments[1] : null);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
