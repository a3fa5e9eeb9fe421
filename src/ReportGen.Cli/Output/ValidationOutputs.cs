using System.Text.Json;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Output;

/// <summary>Where validate writes what it found: as text for people or as JSON for CI.</summary>
internal interface IValidationOutput
{
    /// <summary>One file's diagnostics, written as soon as the file is done.</summary>
    void File(LoadResult result);

    /// <summary>The closing summary.</summary>
    void Summary(ValidationTotals totals);
}

/// <summary>Compiler-style lines (<c>file:line:col: error: message (path)</c> plus an indented hint), then one summary line.</summary>
internal sealed class TextValidationOutput(TextWriter stdout, bool strict) : IValidationOutput
{
    public void File(LoadResult result)
    {
        foreach (var d in result.Diagnostics) stdout.WriteLine(TerminalText.Diagnostic(d));
    }

    public void Summary(ValidationTotals t) => stdout.WriteLine(SummaryLine(t, strict));

    /// <summary>E.g. "3 files checked: 1 with errors (2 errors, 1 warning)".</summary>
    public static string SummaryLine(ValidationTotals t, bool strict)
    {
        static string Count(int n, string one) => $"{n} {one}{(n == 1 ? "" : "s")}";
        var verdict = t.FilesWithErrors > 0 ? $"{t.FilesWithErrors} with errors"
            : strict && t.Warnings > 0 ? "warnings fail under --strict"
            : "all valid";
        return $"{Count(t.Files, "file")} checked: {verdict} ({Count(t.Errors, "error")}, {Count(t.Warnings, "warning")})";
    }
}

/// <summary>One JSON document: <c>{"files":[{"file","valid","errors","warnings","diagnostics":[...]}], "summary":{...}}</c>,
/// streamed file by file.</summary>
internal sealed class JsonValidationOutput : IValidationOutput
{
    private readonly TextWriter _stdout;
    private readonly bool _strict;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonValidationOutput(TextWriter stdout, bool strict)
    {
        _stdout = stdout;
        _strict = strict;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartArray("files");
    }

    public void File(LoadResult result)
    {
        _json.WriteStartObject();
        _json.WriteString("file", result.File);
        _json.WriteBoolean("valid", !result.HasErrors && !(_strict && result.WarningCount > 0));
        _json.WriteNumber("errors", result.ErrorCount);
        _json.WriteNumber("warnings", result.WarningCount);
        _json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics) Write(d);
        _json.WriteEndArray();
        _json.WriteEndObject();
        Flush();
    }

    public void Summary(ValidationTotals t)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("files", t.Files);
        _json.WriteNumber("filesWithErrors", t.FilesWithErrors);
        _json.WriteNumber("errors", t.Errors);
        _json.WriteNumber("warnings", t.Warnings);
        _json.WriteBoolean("strict", _strict);
        _json.WriteBoolean("passed", t.FilesWithErrors == 0 && !(_strict && t.Warnings > 0));
        _json.WriteEndObject();
        _json.WriteEndObject();
        Flush();
        _stdout.WriteLine();
    }

    private void Write(Diagnostic d)
    {
        _json.WriteStartObject();
        _json.WriteString("severity", d.IsError ? "error" : "warning");
        _json.WriteString("file", d.File);
        _json.WriteNumber("line", d.Line);
        _json.WriteNumber("column", d.Column);
        _json.WriteString("message", d.Message);
        if (d.Path is not null) _json.WriteString("path", d.Path); else _json.WriteNull("path");
        if (d.Hint is not null) _json.WriteString("hint", d.Hint); else _json.WriteNull("hint");
        _json.WriteEndObject();
    }

    /// <summary>Moves what was written so far to stdout, so memory does not grow with the number of files.</summary>
    private void Flush()
    {
        _json.Flush();
        _stdout.Write(TerminalText.Json(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length)));
        _buffer.SetLength(0);
    }
}
