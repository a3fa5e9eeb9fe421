using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Document;
using DocBlock = ReportGen.Document.Block;
using DocHeading = ReportGen.Document.HeadingBlock;
using DocParagraph = ReportGen.Document.ParagraphBlock;
using DocList = ReportGen.Document.ListBlock;
using DocCode = ReportGen.Document.CodeBlock;

namespace ReportGen.Core.Markdown;

/// <summary>What the mapper made of one Markdown document.</summary>
internal sealed record MappedDocument(IReadOnlyList<DocBlock> Blocks, string? FrontMatter, int FrontMatterLine);

/// <summary>Maps a Markdig AST to the Document model: the one place that knows both. Every construct is either
/// mapped or reported as an error at its Markdown line, never dropped. One instance per document.</summary>
internal sealed class DocumentMapper
{
    private readonly MarkdownProblems _problems;
    private readonly InlineMapper _inlines;
    private readonly Func<string, ImageData?> _figureImage;
    private readonly SpecialContainers _special;
    private readonly TitleContainer _title;
    private readonly AnchorRegistry _anchors = new();
    private readonly TimelineChart? _chart;
    private readonly TrendChart? _trend;
    private readonly int _contentsLevels;
    private readonly ValueRuns? _values;
    private string? _frontMatter;
    private int _frontMatterLine;

    /// <param name="problems">Where errors go.</param>
    /// <param name="figureImage">The image for a figure path as the layout wrote it; null when it is not one of the
    /// incident's figures.</param>
    /// <param name="chart">What <c>figure:timeline</c> draws; null when the incident has too little to draw it.</param>
    /// <param name="contentsLevels">How many heading levels a <c>::: toc</c> lists (the theme's).</param>
    /// <param name="links">Which link targets stay clickable (default: http, https, mailto and anchors).</param>
    /// <param name="trend">What <c>figure:trend</c> draws (a review's incidents per month); null outside a review.</param>
    /// <remarks>When <paramref name="problems"/> knows where the Markdown came from and which values it shows
    /// (<see cref="MarkdownProblems.Sources"/>), paragraphs, headings, cells and the title get their
    /// <see cref="ValueMark"/>s.</remarks>
    public DocumentMapper(MarkdownProblems problems, Func<string, ImageData?> figureImage, TimelineChart? chart = null,
        int contentsLevels = 2, LinkPolicy? links = null, TrendChart? trend = null)
    {
        _trend = trend;
        _values = problems.ValueRuns();
        _problems = problems;
        _inlines = new InlineMapper(problems, links);
        _figureImage = figureImage;
        _special = new SpecialContainers(problems, _inlines, _values);
        _title = new TitleContainer(problems, _inlines, _values);
        _chart = chart;
        _contentsLevels = contentsLevels;
    }

    public MappedDocument Map(MarkdownDocument document)
    {
        var blocks = new List<DocBlock>();
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock fm && blocks.Count == 0 && _frontMatter is null)
            {
                _frontMatter = string.Join("\n", fm.Lines.Lines.Take(fm.Lines.Count).Select(l => l.ToString()));
                _frontMatterLine = _problems.SourceLine(fm.Line);
                continue;
            }
            MapInto(block, blocks);
        }
        ContentsBuilder.Fill(blocks, _contentsLevels);
        _anchors.CheckLinks(blocks, _problems);
        return new MappedDocument(blocks, _frontMatter, _frontMatterLine);
    }

    private List<DocBlock> MapAll(ContainerBlock container)
    {
        var list = new List<DocBlock>();
        foreach (var block in container) MapInto(block, list);
        return list;
    }

    private void MapInto(Markdig.Syntax.Block block, List<DocBlock> into)
    {
        DocBlock? mapped = block switch
        {
            Markdig.Syntax.HeadingBlock h => Heading(h),
            Markdig.Syntax.ParagraphBlock p => Paragraph(p),
            Markdig.Syntax.ListBlock l => List(l),
            Table t => TableMapper.Map(t, _inlines, _problems, _anchors, _values),
            YamlFrontMatterBlock fm => Unsupported(fm, "front matter is allowed only at the very start of the Markdown"),
            FencedCodeBlock f => new DocCode(f.Lines.ToString(), string.IsNullOrEmpty(f.Info) ? null : f.Info)
            {
                // md.code writes the fences and the code as one value (a fence inside a longer value is not all of it).
                Value = f.Lines.Count > 0 ? _values?.BlockValueOver(f.Line, f.Column, f.Line + f.Lines.Count + 2) : null,
            },
            Markdig.Syntax.CodeBlock c => new DocCode(c.Lines.ToString()),
            CustomContainer cc => Container(cc),
            QuoteBlock q => new CalloutBlock("quote", null, MapAll(q)),
            ThematicBreakBlock => new RuleBlock(),
            LinkReferenceDefinitionGroup or BlankLineBlock => null,
            HtmlBlock html => Unsupported(html, "unsupported Markdown: raw HTML block"),
            _ => Unsupported(block, $"unsupported Markdown block: {block.GetType().Name}"),
        };
        if (mapped is null) return;
        // Markdig gives a ::: container its kind and a code fence its language as classes; any other class on a block
        // has no meaning (the writers read typed properties, never classes).
        if (ClassesOf(block) is { Count: > 0 } classes)
            _problems.Warning(block.Line, $"the class {string.Join(", ", classes.Select(c => "'." + c + "'"))} has no effect on a block" +
                (classes.Contains("title") ? "; write the title block as a '::: title' container" : "") +
                " (classes mean something only as {.tone-NAME} in a table cell or badge)");
        into.Add(mapped with { SourceLine = _problems.SourceLine(block.Line), Origin = _problems.Origin(block) });
    }

    /// <summary>A list and its items. (Its own method: a lambda in <see cref="MapInto"/> made every call allocate.)</summary>
    private DocList List(Markdig.Syntax.ListBlock l)
    {
        var items = new List<ListItem>(l.Count);
        foreach (var child in l)
            if (child is ListItemBlock item) items.Add(new ListItem(MapAll(item)));
        return new DocList(l.IsOrdered, l.IsOrdered && int.TryParse(l.OrderedStart, out var s) ? s : 1, items);
    }

    /// <summary>The classes of a block that Markdig did not add itself; null when it has none.</summary>
    private static List<string>? ClassesOf(Markdig.Syntax.Block block) =>
        block.TryGetAttributes()?.Classes?.Where(c => !AddedByMarkdig(block, c)).ToList();

    private static bool AddedByMarkdig(Markdig.Syntax.Block block, string cls) => block switch
    {
        CustomContainer cc => cls == cc.Info,
        FencedCodeBlock => cls.StartsWith("language-", StringComparison.Ordinal),
        _ => false,
    };

    private DocBlock? Unsupported(Markdig.Syntax.Block block, string message)
    {
        _problems.Error(block.Line, block.Column, message);
        return null;
    }

    private DocHeading Heading(Markdig.Syntax.HeadingBlock h)
    {
        var (mapped, _) = MapShown(h.Inline);
        var inlines = TitleContainer.TrimEnd(mapped);
        var id = h.TryGetAttributes()?.Id;
        var anchor = _anchors.Claim(string.IsNullOrEmpty(id) ? MarkdownEscaper.Slug(Inlines.PlainText(inlines)) : id);
        // A heading is never part of a block value (the .docx does not mark it): only the values inside its line.
        var marks = _values?.Take(Inlines.PlainLength(inlines)).Marks ?? [];
        return new DocHeading(Math.Clamp(h.Level, 1, 3), inlines, anchor) { Marks = marks };
    }

    private DocBlock? Paragraph(Markdig.Syntax.ParagraphBlock p)
    {
        if (LoneImage(p.Inline) is { } image)
            return Figure(image);
        var (inlines, values) = MapShown(p.Inline);
        if (values is null) return new DocParagraph(inlines);
        var (marks, blockValue) = values.Take(Inlines.PlainLength(inlines));
        return new DocParagraph(inlines) { Marks = marks, BlockValue = blockValue };
    }

    /// <summary>The image a paragraph holds alone (blank text around it aside): a figure; null for any other paragraph.
    /// A plain scan: it runs for every paragraph.</summary>
    private static Markdig.Syntax.Inlines.LinkInline? LoneImage(Markdig.Syntax.Inlines.ContainerInline? inlines)
    {
        Markdig.Syntax.Inlines.LinkInline? image = null;
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            if (image is not null || inline is not Markdig.Syntax.Inlines.LinkInline { IsImage: true } link) return null;
            image = link;
        }
        return image;
    }

    /// <summary>The inlines, with <see cref="_values"/> (when known) holding the values their text shows.</summary>
    private (IReadOnlyList<Inline> Inlines, ValueRuns? Values) MapShown(Markdig.Syntax.Inlines.ContainerInline? inline)
    {
        if (_values is null) return (_inlines.Map(inline), null);
        _values.Reset();
        _inlines.Values = _values;
        try { return (_inlines.Map(inline), _values); }
        finally { _inlines.Values = null; }
    }

    private DocBlock? Figure(Markdig.Syntax.Inlines.LinkInline image)
    {
        var source = image.Url ?? "";
        var (altInlines, values) = MapShown(image);
        var alt = Inlines.PlainText(altInlines);
        var caption = string.IsNullOrEmpty(image.Title) ? alt : image.Title;
        var (captionValue, altValue) = values?.FigureValues(image, alt.Length) ?? (null, null);
        if (source == "figure:trend")
        {
            if (_trend is not null)
                return new TrendFigureBlock(_trend, caption, alt);
            _problems.Warning(image.Line, "figure:trend is drawn only in a review (reportgen review); it was left out");
            return null;
        }
        if (source.StartsWith("figure:", StringComparison.Ordinal))
        {
            if (source != "figure:timeline")
                _problems.Error(image.Line, image.Column, $"unknown generated figure '{source}' (there are figure:timeline and, in a review, figure:trend)");
            else if (_chart is null)
                _problems.Warning(image.Line, "figure:timeline has nothing to draw (the incident has no start and end times " +
                    "to span); it was left out. Guard it with {{ if figures.timeline_chart }}");
            else
                return new TimelineFigureBlock(_chart, caption, alt);
            return null;
        }
        var data = _figureImage(source);
        if (data is null)
        {
            _problems.Error(image.Line, image.Column, $"image '{source}' is not one of the incident's figures (impact.figures), or it cannot be read");
            return null;
        }
        return new FigureBlock(source, caption, alt, data) { CaptionValue = captionValue, AltTextValue = altValue };
    }

    private DocBlock? Container(CustomContainer cc)
    {
        var kind = (cc.Info ?? "").Trim();
        var title = string.IsNullOrWhiteSpace(cc.Arguments) ? null : cc.Arguments.Trim();
        switch (kind)
        {
            case "title": return _title.Map(cc);
            case "key-figures": return _special.KeyFigures(cc);
            case "signoff": return _special.SignOff(cc);
            case "toc":
                if (cc.Count > 0) _problems.Error(cc.Line, cc.Column, "the ::: toc container must be empty (its title goes after 'toc')");
                return new TableOfContentsBlock(title, []);
            case "page-break":
                if (cc.Count > 0) _problems.Error(cc.Line, cc.Column, "the ::: page-break container must be empty");
                return new PageBreakBlock();
            case "":
                _problems.Error(cc.Line, cc.Column, "a ::: container needs a kind (note, warning, summary…)");
                return null;
            default:
                return new CalloutBlock(kind, title, MapAll(cc));
        }
    }
}
