namespace ReportGen.Document;

/// <summary>The one model both writers consume: settings, theme and blocks.
/// It knows nothing of YAML, Scriban, Markdig, OpenXML or Skia.</summary>
public sealed record ReportDocument
{
    /// <summary>Title, header/footer text, metadata.</summary>
    public required DocumentSettings Settings { get; init; }

    /// <summary>Page, fonts, colours; shared by both writers so the outputs look like one design.</summary>
    public required Theme Theme { get; init; }

    /// <summary>The content, in reading order: everything both writers show is a block.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>The input the document was made from, as diagnostics name it (the incident file); warnings that concern
    /// no block in particular name it.</summary>
    public string SourceFile { get; init; } = "";
}

/// <summary>Document-wide settings, mostly from the layout's front matter.</summary>
public sealed record DocumentSettings
{
    /// <summary>Document title (also PDF/DOCX metadata title).</summary>
    public required string Title { get; init; }
    /// <summary>Metadata subject, e.g. the incident id.</summary>
    public string Subject { get; init; } = "";
    /// <summary>Metadata author/creator.</summary>
    public string Author { get; init; } = "";
    /// <summary>Metadata keywords (severity, status…); metadata only, never shown on a page.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Text on the left of the page header (e.g. incident id).</summary>
    public string HeaderLeft { get; init; } = "";
    /// <summary>Text on the right of the page header (e.g. the title).</summary>
    public string HeaderRight { get; init; } = "";
    /// <summary>Footer text before "Page N of M".</summary>
    public string FooterText { get; init; } = "";
    /// <summary>True while the report is not final: writers add a DRAFT mark (PDF watermark, DOCX header).</summary>
    public bool IsDraft { get; init; }
    /// <summary>The fixed date written into metadata (never the wall clock): postmortem date or SOURCE_DATE_EPOCH.</summary>
    public DateTimeOffset Created { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    /// <summary>BCP 47 language of the text.</summary>
    public string Language { get; init; } = "en-US";
    /// <summary>Where the report came from (incident and layout hashes, ReportGen version): recorded in the output's
    /// metadata and, in short, in the footer. Null for a document not made from an incident file (library callers,
    /// tests): nothing is recorded then.</summary>
    public SourceFingerprint? Source { get; init; }
    /// <summary>The incident file's bytes as read (the ones <see cref="Source"/> hashes). The .docx writer stores them in
    /// the document (a custom XML part), so <c>reportgen import</c> can read an edited copy back without the file. Null:
    /// nothing is stored.</summary>
    public byte[]? SourceBytes { get; init; }
}
