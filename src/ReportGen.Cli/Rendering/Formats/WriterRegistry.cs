using ReportGen.Document;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Svg;

namespace ReportGen.Cli.Rendering;

/// <summary>How a run's writer is made: the run's options and theme, and the run's other writers (the .docx draws its
/// pictures with the PDF engine).</summary>
internal sealed record WriterSetup(RenderOptions Options, Theme Theme, Func<string, IDocumentWriter> Writer);

/// <summary>A document writer, made on first use in a run; <paramref name="Warm"/> loads what it needs (fonts) ahead.</summary>
internal sealed record WriterRegistration(string Format, Func<WriterSetup, IDocumentWriter> Create, Action<IDocumentWriter>? Warm = null);

/// <summary>The one list of what <c>render</c> can write: document writers by their <see cref="IDocumentWriter.Format"/>,
/// and the output formats in the fixed order outputs are written and listed. Adding a format is a writer project and a
/// line here; <see cref="FileRenderer"/>, <see cref="RenderResources"/> and the command read everything from this.</summary>
internal sealed class WriterRegistry
{
    /// <summary>What this build of reportgen writes.</summary>
    public static WriterRegistry BuiltIn { get; } = new(
        [
            new("pdf", s => new PdfWriter(new PdfWriterOptions
            {
                FontDirectories = s.Options.FontDirectories, MaxImagePixels = s.Options.LoadOptions.MaxImagePixels,
            }), w => ((PdfWriter)w).PreloadFonts()),
            new("docx", s =>
            {
                // The .docx embeds the timeline figure as a picture drawn by the PDF engine, so both outputs show one drawing.
                var pdf = (PdfWriter)s.Writer("pdf");
                return new DocxWriter(new DocxWriterOptions
                {
                    ReferenceDocxPath = s.Options.ReferenceDocx,
                    FigureRasterizer = new FigurePngRenderer(pdf, s.Theme).Render,
                    TrendRasterizer = new FigurePngRenderer(pdf, s.Theme).Render,
                    SvgRasterizer = new SvgPngRenderer(pdf).Render,
                });
            }),
        ],
        [new PdfFormat(), new DocumentFormat("docx", "the report as a Word document"), new MarkdownFormat(), new PdfPagesFormat()],
        defaults: ["pdf", "docx"]);

    private readonly Dictionary<string, WriterRegistration> _writers;

    public WriterRegistry(IReadOnlyList<WriterRegistration> writers, IReadOnlyList<OutputFormat> formats, IReadOnlyList<string> defaults)
    {
        _writers = writers.ToDictionary(w => w.Format, StringComparer.Ordinal);
        Formats = formats;
        Default = defaults.Select(d => Find(d) ?? throw new ArgumentException($"no format '{d}'", nameof(defaults))).ToList();
        foreach (var missing in formats.SelectMany(f => f.Writers).Where(w => !_writers.ContainsKey(w)))
            throw new ArgumentException($"a format uses writer '{missing}', which is not registered", nameof(formats));
    }

    /// <summary>Every format, in the order outputs are written.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; }

    /// <summary>What is written when no format is asked for.</summary>
    public IReadOnlyList<OutputFormat> Default { get; }

    /// <summary>The format names, for messages: <c>pdf, docx, md, png</c>.</summary>
    public string Choices => string.Join(", ", Formats.Select(f => f.Name));

    /// <summary>The <c>--format</c> help: every format with what it writes, and the default.</summary>
    public string Help => $"Formats to write, comma-separated: {string.Join("; ", Formats.Select(f => $"{f.Name} ({f.Description})"))}. " +
                          $"Default: {string.Join(",", Default.Select(f => f.Name))}";

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public OutputFormat? Find(string name) => Formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The registration of the writer whose <c>Format</c> is <paramref name="format"/>, or null.</summary>
    public WriterRegistration? Writer(string format) => _writers.GetValueOrDefault(format);

    /// <summary>Parses <c>--format</c> values (a repeated option's values joined first): duplicates collapse and the
    /// order is the registry's, so output does not depend on how the list was typed.</summary>
    public bool TryParse(IEnumerable<string> values, out IReadOnlyList<OutputFormat> formats, out string? error)
    {
        var asked = new HashSet<OutputFormat>();
        error = null;
        foreach (var raw in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Find(raw) is { } format) asked.Add(format);
            else error = $"unknown format '{raw}'; expected one or more of: {Choices}";
        }
        formats = asked.Count == 0 ? Default : Formats.Where(asked.Contains).ToList();
        return error is null;
    }
}
