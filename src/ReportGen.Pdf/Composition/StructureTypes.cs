using System.Globalization;
using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>What a structure element is in a tagged PDF: a standard structure type of ISO 32000-1 §14.8.4 and the
/// attributes readers need (figure alt text, header scope, a note's id, a link's description).</summary>
/// <param name="Type">The standard structure type (<c>P</c>, <c>H2</c>, <c>TD</c>, ...).</param>
internal sealed record StructureKind(string Type)
{
    /// <summary>The element goes inside a child of this type of its parent, shared with its siblings (a table row
    /// inside the table's <c>THead</c> or <c>TBody</c>); null: directly inside its parent.</summary>
    public string? Container { get; init; }

    /// <summary>Alternate description (<c>/Alt</c>): what a figure shows.</summary>
    public string? Alt { get; init; }

    /// <summary>Element identifier (<c>/ID</c>); PDF/UA requires one on every <c>Note</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Table header scope (<c>Column</c>, <c>Row</c>), for <c>TH</c>.</summary>
    public string? Scope { get; init; }

    /// <summary>Columns a table cell spans (<c>/ColSpan</c>), when more than one.</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>What the element's annotations are, for their <c>/Contents</c> (a link's text and target).</summary>
    public string? Description { get; init; }
}

/// <summary>Maps the structure marks the blocks record (<see cref="StructureTag"/>) to structure types, so the PDF's
/// structure tree is built from the same Document blocks both writers render, not from a second description of the
/// document. One per document: heading levels are decided over the whole document (the title block's title is the one
/// <c>H1</c>, headings follow without skipping a level), and notes are numbered in order.</summary>
internal sealed class StructureTypes
{
    private static readonly StructureKind Paragraph = new("P"), List = new("L"), ListItem = new("LI"), Label = new("Lbl"),
        ListBody = new("LBody"), Table = new("Table"), HeaderCell = new("TH") { Scope = "Column" }, Cell = new("TD"),
        HeaderRow = new("TR") { Container = "THead" }, BodyRow = new("TR") { Container = "TBody" }, Code = new("Code"),
        Caption = new("Caption"), Contents = new("TOC"), ContentsItem = new("TOCI"), Group = new("Div"), Title = new("H1");

    private readonly Dictionary<HeadingBlock, StructureKind> _headings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, StructureKind> _owned = new(ReferenceEqualityComparer.Instance);
    private int _notes;

    public StructureTypes(ReportDocument document)
    {
        var titled = document.Blocks.Any(b => b is TitleBlock);
        var headings = new List<Block>();
        Collect(document.Blocks, headings);
        var levels = headings.OfType<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1);
        var top = levels.Min();
        // A title block's title is H1; the shallowest heading level comes right below it (or is H1 without one), and a
        // heading is never more than one level below the heading before it in reading order (PDF/UA: the first
        // heading is H1 and no level is skipped).
        var previous = 0;
        foreach (var block in headings)
        {
            if (block is not HeadingBlock heading)
            {
                previous = 1; // a title
                continue;
            }
            var level = Math.Clamp(Math.Min(heading.Level - top + 1 + (titled ? 1 : 0), previous + 1), 1, 6);
            _headings[heading] = new StructureKind("H" + level.ToString(CultureInfo.InvariantCulture));
            previous = level;
        }
    }

    /// <summary>The headings' structure levels, in document order (for tests and the docs).</summary>
    public IEnumerable<(HeadingBlock Heading, int Level)> HeadingLevels =>
        _headings.Select(h => (h.Key, int.Parse(h.Value.Type.AsSpan(1), CultureInfo.InvariantCulture)));

    /// <summary>The headings and title blocks, in reading order.</summary>
    private static void Collect(IEnumerable<Block> blocks, List<Block> headings)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock or TitleBlock: headings.Add(block); break;
                case CalloutBlock callout: Collect(callout.Blocks, headings); break;
                case ListBlock list:
                    foreach (var item in list.Items)
                        Collect(item.Blocks, headings);
                    break;
            }
        }
    }

    /// <summary>The structure element a mark stands for; null when it adds none (its content belongs to the element
    /// around it). Never called for artifacts.</summary>
    public StructureKind? Of(StructureTag tag) => tag.Role switch
    {
        StructureRole.Block => OfBlock(tag.Owner),
        StructureRole.TableRow => tag.Row == 0 ? HeaderRow : BodyRow,
        StructureRole.TableCell => tag.Row == 0 ? HeaderCell : tag.ColumnSpan > 1 ? Cell with { ColumnSpan = tag.ColumnSpan } : Cell,
        StructureRole.Figure => Owned(tag.Owner, owner => new StructureKind("Figure") { Alt = AltText(owner) }),
        StructureRole.PageNumber => null,
        StructureRole.Caption => Caption,
        StructureRole.Title => Title,
        StructureRole.Line => Paragraph,
        StructureRole.ListItem => ListItem,
        StructureRole.ListLabel => Label,
        StructureRole.ListBody => ListBody,
        StructureRole.ContentsEntry => ContentsItem,
        StructureRole.Link => Owned(tag.Owner, owner => new StructureKind("Link") { Description = LinkDescription(owner) }),
        _ => null,
    };

    private StructureKind? OfBlock(object block) => block switch
    {
        HeadingBlock heading => _headings.TryGetValue(heading, out var kind) ? kind : new StructureKind("H1"),
        ParagraphBlock => Paragraph,
        ListBlock or KeyFiguresBlock => List,
        TableBlock or SignOffBlock => Table,
        CodeBlock => Code,
        // PDF/UA: a Note carries an ID unique in the document.
        CalloutBlock => Owned(block, _ => new StructureKind("Note") { Id = "note-" + (++_notes).ToString(CultureInfo.InvariantCulture) }),
        TableOfContentsBlock => Contents,
        TitleBlock => Group,
        // A figure's picture and caption are elements of their own; a rule is only an artifact.
        FigureBlock or TimelineFigureBlock or RuleBlock or PageBreakBlock => null,
        _ => Group,
    };

    private StructureKind Owned(object owner, Func<object, StructureKind> create)
    {
        if (!_owned.TryGetValue(owner, out var kind))
            _owned[owner] = kind = create(owner);
        return kind;
    }

    /// <summary>What a figure shows, for readers who cannot see it (the same text the .docx gives it).</summary>
    private static string AltText(object figure) => figure switch
    {
        FigureBlock f => f.Description,
        TimelineFigureBlock t => t.Description,
        _ => "Figure",
    };

    /// <summary>A link's annotation description: its text, and the address when the text does not already say it.</summary>
    private static string LinkDescription(object owner) => owner switch
    {
        LinkInline link when Inlines.PlainText(link.Children).Trim() is { Length: > 0 } text =>
            link.IsInternal || text.Contains(link.Url, StringComparison.Ordinal) ? text : $"{text} ({link.Url})",
        LinkInline link => link.Url,
        ContentsEntry entry => entry.Text,
        _ => owner.ToString() ?? "Link",
    };
}
