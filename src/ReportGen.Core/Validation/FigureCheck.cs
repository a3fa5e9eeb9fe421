using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Document;

namespace ReportGen.Core.Validation;

/// <summary>Checks the figures an incident names: each path must stay inside the incident file's folder (checked
/// before anything is opened), exist, and be a PNG, JPEG or SVG image whose data holds what its header says, within
/// the pixel cap (<see cref="ImageIntegrity"/>): what validation accepts is what the writers can draw.</summary>
internal static class FigureCheck
{
    public static void Run(YMapping root, ValidationContext ctx, string baseDirectory, LoadOptions options)
    {
        if (root.Get("impact") is not YMapping impact || impact.Get("figures") is not YSequence figures) return;
        foreach (var figure in figures.Items.OfType<YMapping>())
        {
            if (figure.Get("path") is not YScalar { Value: string path } node) continue;
            var full = FigurePaths.Resolve(baseDirectory, path, out var problem);
            if (full is null)
            {
                ctx.Error(node, $"figure path {DiagnosticText.Quote(path)} {problem}", "name a file in the incident file's folder or below it, e.g. figures/error-rate.png");
                continue;
            }
            if (!options.CheckFigureFiles) continue;
            if (Directory.Exists(full)) { ctx.Error(node, $"figure path {DiagnosticText.Quote(path)} is a folder, not an image file", "name the image file itself"); continue; }
            if (!File.Exists(full))
            {
                ctx.Error(node, $"figure file {DiagnosticText.Quote(path)} does not exist", $"paths are relative to the incident file's folder ({baseDirectory})");
                continue;
            }
            if (!ImageProbe.TryRead(full, options.MaxImageBytes, out var image, out var why))
                ctx.Error(node, $"figure file {DiagnosticText.Quote(path)} is not a usable image: {why}", "use a PNG, JPEG or SVG file");
            else if (ImageIntegrity.Check(image!, options.MaxImagePixels) is { } fault)
                Report(ctx, node, path, fault);
        }
    }

    private static void Report(ValidationContext ctx, YScalar node, string path, ImageFault fault)
    {
        var name = DiagnosticText.Quote(path);
        switch (fault.Kind)
        {
            case ImageFaultKind.TooManyPixels:
                ctx.Error(node, $"figure {name} is {fault.Detail}",
                    "scale the image down (a figure a page wide needs about 2,000 pixels across), or raise the limit with --max-image-pixels");
                break;
            case ImageFaultKind.Unsupported:
                ctx.Error(node, $"figure file {name} uses {fault.Detail}, which PDF readers cannot show",
                    "save it as a baseline or progressive JPEG, or as a PNG");
                break;
            default:
                ctx.Error(node, $"figure file {name} is damaged: {fault.Detail}",
                    "export the image again from the tool that made it (or convert it to a fresh PNG); a damaged image cannot be drawn");
                break;
        }
    }
}

/// <summary>Resolves a path named in an incident file against the file's folder, refusing any that leaves it.</summary>
internal static class FigurePaths
{
    /// <summary>The absolute path, or null with <paramref name="problem"/> when the path is absolute or escapes.</summary>
    public static string? Resolve(string baseDirectory, string path, out string? problem)
    {
        problem = null;
        if (path.Trim().Length == 0) { problem = "is empty"; return null; }
        if (Path.IsPathRooted(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            problem = "is absolute; write it relative to the incident file";
            return null;
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            problem = "leaves the incident file's folder";
            return null;
        }
        // A symbolic link inside the folder (the file or a folder on the way) may point outside it: follow each
        // before anything is read.
        try
        {
            for (var p = full; p.Length > root.Length; p = Path.GetDirectoryName(p)!)
            {
                FileSystemInfo entry = Directory.Exists(p) ? new DirectoryInfo(p) : new FileInfo(p);
                if (entry.LinkTarget is null) continue;
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal))
                {
                    problem = "is a link to a file outside the incident file's folder";
                    return null;
                }
            }
        }
        catch (IOException)
        {
            problem = "is a broken or looping link";
            return null;
        }
        return full;
    }
}
