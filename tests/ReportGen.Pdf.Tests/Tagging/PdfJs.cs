using System.Diagnostics;
using System.Text.Json;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>A structure element as pdf.js reads it (<c>page.getStructTree()</c>, what Firefox's reader and many
/// screen-reader paths get): its role, alt text, the text of its marked content, its annotations, its children.</summary>
internal sealed record PdfJsNode(string Role, string? Alt, List<PdfJsNode> Children, List<string> Texts, int Objects)
{
    public IEnumerable<PdfJsNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public string Text => string.Concat(Texts) + string.Concat(Children.Select(c => c.Text));
}

/// <summary>Runs <c>tests/tooling/pdfjs/structtree.mjs</c> (pdfjs-dist from npm, installed by <c>.ci/run</c> with
/// <c>npm ci --omit=optional</c>). <c>REPORTGEN_SKIP_PDFJS</c> names why it cannot run on a machine without npm.</summary>
internal static class PdfJs
{
    public static string? SkipReason => Environment.GetEnvironmentVariable("REPORTGEN_SKIP_PDFJS") is { Length: > 0 } reason ? reason : null;

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "tooling", "pdfjs");

    /// <summary>The structure tree of each page (null for a page pdf.js finds none on).</summary>
    public static List<PdfJsNode?> StructTrees(byte[] pdf)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "pdfjs-dist")),
            $"pdfjs-dist is not installed: run 'npm ci --omit=optional' in {Folder} (.ci/run does), or set REPORTGEN_SKIP_PDFJS to why it cannot run");
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-pdfjs-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(Folder, "structtree.mjs"));
            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("pdf.js did not finish within 2 minutes");
            }
            Assert.True(process.ExitCode == 0, $"pdf.js failed (exit {process.ExitCode}): {error.Result}");
            using var json = JsonDocument.Parse(output.Result);
            return json.RootElement.GetProperty("pages").EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.Null ? null : Node(p)).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PdfJsNode Node(JsonElement element)
    {
        var children = new List<PdfJsNode>();
        var texts = new List<string>();
        var objects = 0;
        foreach (var child in element.GetProperty("children").EnumerateArray())
        {
            if (child.TryGetProperty("content", out var content))
                texts.Add(content.GetString()!);
            else if (child.TryGetProperty("object", out _))
                objects++;
            else
                children.Add(Node(child));
        }
        return new PdfJsNode(element.GetProperty("role").GetString()!,
            element.TryGetProperty("alt", out var alt) ? alt.GetString() : null, children, texts, objects);
    }
}
