using System.Text.Json;
using ReportGen.Core.Diagnostics;
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
    private readonly TextWriter stdout;
    private readonly bool strict;
    private readonly MemoryStream buffer = new();
    private readonly Utf8JsonWriter json;

    public JsonValidationOutput(TextWriter stdout, bool strict)
    {
        this.stdout = stdout;
        this.strict = strict;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("files");
    }

    public void File(LoadResult result)
    {
        json.WriteStartObject();
        json.WriteString("file", result.File);
        json.WriteBoolean("valid", !result.HasErrors && !(strict && result.WarningCount > 0));
        json.WriteNumber("errors", result.ErrorCount);
        json.WriteNumber("warnings", result.WarningCount);
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics) Write(d);
        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
    }

    public void Summary(ValidationTotals t)
    {
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", t.Files);
        json.WriteNumber("filesWithErrors", t.FilesWithErrors);
        json.WriteNumber("errors", t.Errors);
        json.WriteNumber("warnings", t.Warnings);
        json.WriteBoolean("strict", strict);
        json.WriteBoolean("passed", t.FilesWithErrors == 0 && !(strict && t.Warnings > 0));
        json.WriteEndObject();
        json.WriteEndObject();
        Flush();
        stdout.WriteLine();
    }

    private void Write(Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("severity", d.IsError ? "error" : "warning");
        json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteString("message", d.Message);
        if (d.Path is not null) json.WriteString("path", d.Path); else json.WriteNull("path");
        if (d.Hint is not null) json.WriteString("hint", d.Hint); else json.WriteNull("hint");
        json.WriteEndObject();
    }

    /// <summary>Moves what was written so far to stdout, so memory does not grow with the number of files.</summary>
    private void Flush()
    {
        json.Flush();
        stdout.Write(TerminalText.Json(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
        buffer.SetLength(0);
    }
}
