using ReportGen.Document.FileSystem;
using ReportGen.Core.Derivation;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Loading;

/// <summary>Loads an incident file: reads it within limits, parses it keeping positions, validates every rule of the
/// format, and (when there are no errors) builds the <see cref="Model.Incident"/> and its derived figures.
/// Never throws for bad input: every problem becomes a <see cref="Diagnostic"/>. Safe to call in parallel.</summary>
public static class IncidentLoader
{
    /// <summary>Loads the file at <paramref name="path"/>; diagnostics name it as given. The size is checked before
    /// anything is read.</summary>
    public static LoadResult Load(string path, LoadOptions? options = null) => Load(path, path, options);

    /// <summary>Loads the file at <paramref name="path"/>, naming it <paramref name="displayPath"/> in diagnostics
    /// (batch commands show paths relative to where the user stands, whatever the process's current folder).</summary>
    public static LoadResult Load(string path, string displayPath, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var full = Path.GetFullPath(path);
        var baseDirectory = Path.GetDirectoryName(full) ?? Directory.GetCurrentDirectory();
        // Only a regular file is opened (a named pipe would block, a device never end), and the read stops past the limit.
        var read = RegularFile.Read(full, options.MaxFileBytes);
        switch (read.Status)
        {
            case FileReadStatus.Missing: return Failed(displayPath, 0, 0, "no such file", "check the path");
            case FileReadStatus.NotRegular when read.Kind == FileKind.Directory:
                return Failed(displayPath, 0, 0, "is a folder, not an incident file", "name a .yaml file, or pass the folder to 'reportgen validate'");
            case FileReadStatus.NotRegular:
                return Failed(displayPath, 0, 0, $"is {read.Kind.Describe()}, not a regular file, so it was not read", "an incident file is a regular .yaml file; pipes and devices are never opened");
            case FileReadStatus.TooLarge: return TooLarge(displayPath, read.Size, options);
            case FileReadStatus.Unreadable: return Failed(displayPath, 0, 0, "cannot be read: " + read.Error, null);
        }
        var bytes = read.Bytes!;
        if (bytes.Length == 0) return Failed(displayPath, 1, 1, "the file is empty (zero bytes)", "start from the template: reportgen init " + displayPath);
        var text = SourceText.Decode(bytes, displayPath, out var problem);
        var result = text is null ? new LoadResult(displayPath, null, null, [problem!]) : Validate(text, displayPath, baseDirectory, options);
        return result with { SourceSha256 = Fingerprints.ContentHash.Of(bytes), SourceBytes = bytes };
    }

    /// <summary>Loads incident text already in memory. <paramref name="displayPath"/> names it in diagnostics;
    /// figure paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static LoadResult LoadText(string text, string displayPath, string baseDirectory, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        if (text.Length > options.MaxFileBytes || System.Text.Encoding.UTF8.GetByteCount(text) > options.MaxFileBytes)
            return TooLarge(displayPath, System.Text.Encoding.UTF8.GetByteCount(text), options);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var hash = Fingerprints.ContentHash.Of(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return Validate(text, displayPath, Path.GetFullPath(baseDirectory), options) with { SourceSha256 = hash, SourceBytes = bytes };
    }

    private static LoadResult Validate(string text, string file, string baseDirectory, LoadOptions options)
    {
        if (text.Length == 0) return Failed(file, 1, 1, "the file is empty (zero bytes)", "start from the template: reportgen init");
        if (text.Contains('\0', StringComparison.Ordinal)) return Failed(file, 1, 1, "the file holds a NUL character: it is binary, not text", "an incident file is UTF-8 YAML text");
        var read = YamlTreeReader.Read(text, file, options);
        if (read.Fatal) return new LoadResult(file, null, null, Capped(Sorted(read.Problems), file));
        var root = read.Root;
        if (root is null or YScalar { IsNull: true })
            return Failed(file, 1, 1, "the file holds no incident (it is empty or only comments)", "start from the template: reportgen init");
        if (root is not YMapping map)
            return Failed(file, root.Line, root.Column, $"the top level must be a mapping of keys (id, title, severity...), not {root.KindName}",
                root is YSequence ? "one file describes one incident: remove the leading '- '" : "write 'key: value' lines");

        var ctx = new ValidationContext(file);
        ctx.Diagnostics.AddRange(read.Problems); // duplicate keys: the first value of each was kept and is checked below
        IncidentFormat.Incident.Check(map, ctx);
        var (zone, times) = IncidentChecks.Run(map, ctx);
        LinkSchemeCheck.Run(map, ctx, options.LinkSchemes);
        FigureCheck.Run(map, ctx, baseDirectory, options);
        ReadinessCheck.Run(map, ctx, zone);
        var diagnostics = Capped(Sorted(ctx.Diagnostics), file);
        if (ctx.HasErrors || zone is null || times is null) return new LoadResult(file, null, null, diagnostics);
        var positions = new IncidentPositions(file);
        var incident = IncidentBinder.Bind(map, times, baseDirectory, positions);
        return new LoadResult(file, incident, FigureCalculator.Compute(incident, zone), diagnostics) { Positions = positions };
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> all) => all.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();

    /// <summary>A hostile file can hold thousands of problems; past a few hundred, one line says how many more.</summary>
    private static List<Diagnostic> Capped(List<Diagnostic> all, string file)
    {
        const int shown = 500;
        if (all.Count <= shown) return all;
        var kept = all.GetRange(0, shown);
        var errors = all.Skip(shown).Any(d => d.IsError) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        kept.Add(new Diagnostic(errors, file, all[shown].Line, all[shown].Column, $"{all.Count - shown} more problems not shown", null,
            "fix the ones above first"));
        return kept;
    }

    private static LoadResult TooLarge(string file, long size, LoadOptions options) =>
        Failed(file, 0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {size:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes"),
            "an incident file is usually a few kilobytes; raise the limit with --max-file-size if this one is real");

    private static LoadResult Failed(string file, int line, int column, string message, string? hint) =>
        new(file, null, null, [new Diagnostic(DiagnosticSeverity.Error, file, line, column, message, null, hint)]);
}
