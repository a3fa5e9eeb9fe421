namespace ReportGen.Import.Docx;

/// <summary>Whether a paragraph of a value is a plain paragraph or a list item (and which kind).</summary>
internal enum ParagraphKind
{
    /// <summary>A plain paragraph.</summary>
    Plain,
    /// <summary>A bulleted list item.</summary>
    Bullet,
    /// <summary>A numbered list item.</summary>
    Numbered,
    /// <summary>A line of a code block: its text is verbatim, spaces and empty lines included.</summary>
    Code,
}

/// <summary>What a marked value is, for a bullet typed right after it: a list item (a deeper bullet continues it, one at
/// its level is a new item), Markdown that may hold lists (the bullet continues it), or other text.</summary>
internal enum ValueRole
{
    /// <summary>An item of a list of (md) text (<c>lessons.went_well[1]</c>).</summary>
    ListItem,
    /// <summary>A whole (md) field (<c>root_cause.what_happened</c>).</summary>
    Markdown,
    /// <summary>Anything else (a plain text field, a value inside layout text).</summary>
    Other,
}

/// <summary>A stretch of text in one format: the common ground of a Word run and a Document inline, so that what the
/// .docx holds and what the incident renders to compare equal however either side nests or splits its runs.</summary>
internal readonly record struct FlatRun(string Text, bool Bold = false, bool Italic = false, bool Code = false, string? Link = null)
{
    /// <summary>True when both runs would print the same way (so their texts may be joined).</summary>
    public bool SameFormat(FlatRun other) =>
        Bold == other.Bold && Italic == other.Italic && Code == other.Code && Link == other.Link;
}

/// <summary>One paragraph (or the marked stretch of one) of a value: its runs, its kind and its list level: for a list
/// item the nesting depth of its list (0 outermost, as Word's <c>w:ilvl</c>), for a plain paragraph the depth of the
/// list item it continues, or -1 when it stands outside any list; for a numbered item the number its list starts at.</summary>
internal sealed record ValuePart(IReadOnlyList<FlatRun> Runs, ParagraphKind Kind, int Level = -1, int Start = 1);

/// <summary>Where a value stands in the .docx, for messages: the section heading above it, and the table row (1-based
/// body row, as a reader counts them: a row of merged cells under a row, like a signer's comment, is part of that row)
/// and column header when it is in a table.</summary>
internal sealed record DocxPlace(string Section, int Row = 0, string? Column = null)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Column is null ? Row > 0 ? $"{Section}, row {Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Section
            : $"{Section}, row {Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Column}";
}
