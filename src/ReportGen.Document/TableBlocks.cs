namespace ReportGen.Document;

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Flush left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right (numbers).</summary>
    Right,
}

/// <summary>A table column: alignment and a relative width hint (weights, not absolute sizes; null: sized from the
/// content by <see cref="TableColumnWidths"/>, the same way in every writer).</summary>
public sealed record TableColumn(ColumnAlignment Alignment, double? WidthWeight = null);

/// <summary>A table with one header row. Every row has exactly <see cref="Columns"/>.Count cells.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, TableRow Header, IReadOnlyList<TableRow> Rows) : Block;

/// <summary>A table row. <see cref="AnchorId"/> lets links point at the row (action items: <c>#action-a1</c>).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, string? AnchorId = null)
{
    /// <summary>Where the row's content comes from (as <see cref="Block.Origin"/>: the incident value, e.g.
    /// <c>timeline[3].at</c>, or the layout's line); null when not known.</summary>
    public SourceReference? Origin { get; init; }
}

/// <summary>A table cell. <see cref="Tone"/> names a theme palette entry (e.g. <c>severity-high</c>, <c>priority-p0</c>) that colours it.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, string? Tone = null)
{
    /// <summary>Runs of the inlines that show incident values (see <see cref="ValueMark"/>).</summary>
    public IReadOnlyList<ValueMark> Marks { get; init; } = [];
}

/// <summary>The sign-off table: one row per signer, with the columns the layout asked for (name, role, room for a
/// signature, date) under the layout's own header labels.</summary>
public sealed record SignOffBlock(IReadOnlyList<SignOffEntry> Entries) : Block
{
    /// <summary>The columns, left to right; by default Name, Role, Signature and Date. A Comment column is not drawn as a
    /// column: a signer's comment goes on a line of its own under the signer's row, across the table.</summary>
    public IReadOnlyList<SignOffColumn> Columns { get; init; } = SignOffColumn.Standard;

    /// <summary>The columns drawn as cells, left to right (all but Comment).</summary>
    public IReadOnlyList<SignOffColumn> Cells => Columns.Where(c => c.Field != SignOffField.Comment).ToList();

    /// <summary>True when the layout asked for comments (a Comment column).</summary>
    public bool ShowsComments => Columns.Any(c => c.Field == SignOffField.Comment);
}

/// <summary>One signer: name, role (Facilitator, Reviewer…) and the date if known.</summary>
public sealed record SignOffEntry(string Name, string Role, string? Date)
{
    /// <summary>The signer's decision as the layout words it (<c>Approved</c>, <c>Changes requested</c>…); null for a
    /// signer who records none (the facilitator).</summary>
    public string? Decision { get; init; }

    /// <summary>The theme tone that colours <see cref="Decision"/> (<c>decision-approved</c>…), or null.</summary>
    public string? DecisionTone { get; init; }

    /// <summary>The YAML path of the incident value the name shows whole (<c>signoff.approvals[0].name</c>), or null.
    /// The .docx marks it for <c>reportgen import</c>.</summary>
    public string? NameValue { get; init; }

    /// <summary>The YAML path of the value the role shows whole (<c>signoff.approvals[0].role</c>), or null.</summary>
    public string? RoleValue { get; init; }

    /// <summary>The YAML path of the value the date shows whole (<c>signoff.approvals[0].date</c>; <c>signoff.date</c>
    /// on the first row that shows it only), or null.</summary>
    public string? DateValue { get; init; }

    /// <summary>The YAML path of the enum <see cref="Decision"/> shows by its label (<c>signoff.approvals[0].decision</c>), or null.</summary>
    public string? DecisionValue { get; init; }

    /// <summary>Runs of <see cref="Comment"/> that show incident values (see <see cref="ValueMark"/>).</summary>
    public IReadOnlyList<ValueMark> CommentMarks { get; init; } = [];

    /// <summary>The YAML path of the value a column shows whole for this signer (name, role, date, decision), or null.</summary>
    public string? ValueOf(SignOffField field) => field switch
    {
        SignOffField.Name => NameValue,
        SignOffField.Role => RoleValue,
        SignOffField.Date => DateValue,
        SignOffField.Decision => DecisionValue,
        _ => null,
    };

    /// <summary>The signer's comment (rich text), empty when none.</summary>
    public IReadOnlyList<Inline> Comment { get; init; } = [];

    /// <summary>The name of the signer's signature field (the YAML path of the signer, <c>signoff.approvals[0]</c>), or
    /// null when the signer signs on paper only: the PDF gets an empty signable field of this name over the signature
    /// cell, the .docx a signature line.</summary>
    public string? SignatureField { get; init; }
}

/// <summary>What a sign-off column shows.</summary>
public enum SignOffField
{
    /// <summary>The signer's name.</summary>
    Name,
    /// <summary>The signer's role.</summary>
    Role,
    /// <summary>An empty cell tall enough to sign in.</summary>
    Signature,
    /// <summary>The date of the sign-off (blank until known).</summary>
    Date,
    /// <summary>The signer's decision, in its tone (approved, changes requested, rejected, pending).</summary>
    Decision,
    /// <summary>The signer's comment: a line under the signer's row, across the table (not a column).</summary>
    Comment,
}

/// <summary>A sign-off column: what it shows and its header label as the layout wrote it.</summary>
public sealed record SignOffColumn(SignOffField Field, string Label)
{
    /// <summary>Name, Role, Signature, Date.</summary>
    public static IReadOnlyList<SignOffColumn> Standard { get; } =
    [
        new(SignOffField.Name, "Name"), new(SignOffField.Role, "Role"),
        new(SignOffField.Signature, "Signature"), new(SignOffField.Date, "Date"),
    ];

    /// <summary>The column's share of the table width, the same in every writer: room to sign is the widest.</summary>
    public double WidthWeight => Field switch
    {
        SignOffField.Name => 2.6,
        SignOffField.Role => 2.2,
        SignOffField.Signature => 3.2,
        SignOffField.Decision => 2.9, // "Changes requested" on one line
        _ => 1.7,
    };

    /// <summary>The text of this column for one signer (empty for the signature).</summary>
    public string TextOf(SignOffEntry entry) => Field switch
    {
        SignOffField.Name => entry.Name,
        SignOffField.Role => entry.Role,
        SignOffField.Date => entry.Date ?? "",
        SignOffField.Decision => entry.Decision ?? "",
        SignOffField.Comment => Inlines.PlainText(entry.Comment),
        _ => "",
    };
}

/// <summary>The report's title block, the first thing on page one: a kicker (e.g. the incident id), the title, an
/// optional subtitle and badges (severity, status) each with its tone; the writers add the theme's logo. It is not a
/// heading: it has no outline entry and is not listed in the contents.</summary>
public sealed record TitleBlock(string? Kicker, IReadOnlyList<Inline> Title, IReadOnlyList<Badge> Badges) : Block
{
    /// <summary>Runs of the title that show incident values (see <see cref="ValueMark"/>).</summary>
    public IReadOnlyList<ValueMark> TitleMarks { get; init; } = [];

    /// <summary>A line under the title; empty when none.</summary>
    public IReadOnlyList<Inline> Subtitle { get; init; } = [];
}

/// <summary>A badge in the title block: its text exactly as shown, and the theme tone that colours it (null: the
/// theme's neutral table-header colours).</summary>
public sealed record Badge(string Text, string? Tone)
{
    /// <summary>Runs of the text that show an enum value of the incident by its label (<c>Critical</c> in
    /// <c>Severity: Critical</c>, at <c>severity</c>); the .docx marks them for <c>reportgen import</c>.</summary>
    public IReadOnlyList<ValueMark> Marks { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(Badge? other) =>
        other is not null && Text == other.Text && Tone == other.Tone && Marks.SequenceEqual(other.Marks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Tone, Marks.Count);
}

/// <summary>The table of contents: an optional title and its entries, chosen once from the document's headings (the
/// theme's <see cref="Theme.ContentsLevels"/> levels from the shallowest). The PDF adds page numbers; the .docx writes
/// a TOC field Word fills them into. With no entries, neither writer shows anything.</summary>
public sealed record TableOfContentsBlock(string? Title, IReadOnlyList<ContentsEntry> Entries) : Block
{
    /// <summary>The heading level of depth-1 entries (the document's shallowest heading level).</summary>
    public int TopLevel { get; init; } = 1;

    /// <summary>The deepest heading level listed.</summary>
    public int BottomLevel { get; init; } = 2;

    /// <summary>The contents of a document's <paramref name="blocks"/>: its top-level headings from the shallowest
    /// level, <paramref name="levels"/> levels deep (at most to level 3).</summary>
    public static TableOfContentsBlock For(string? title, IEnumerable<Block> blocks, int levels)
    {
        var headings = blocks.OfType<HeadingBlock>().ToList();
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        var bottom = Math.Min(3, top + Math.Max(1, levels) - 1);
        var entries = headings
            .Where(h => h.Level <= bottom)
            .Select(h => new ContentsEntry(h.Level - top + 1, Inlines.PlainText(h.Inlines).Trim(), h.AnchorId))
            .ToList();
        return new TableOfContentsBlock(title, entries) { TopLevel = top, BottomLevel = bottom };
    }
}

/// <summary>One contents entry: its depth (1 for the top level), the heading's text and the anchor it links to.</summary>
public sealed record ContentsEntry(int Depth, string Text, string AnchorId);
