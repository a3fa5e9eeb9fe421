using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Core.Provenance;
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
    private readonly ValueMarkExtractor? _values;
    private readonly Stack<string> _openValues = new();
    private string? _frontMatter;
    private int _frontMatterLine;

    /// <param name="problems">Where errors go.</param>
    /// <param name="figureImage">The image for a figure path as the layout wrote it; null when it is not one of the
    /// incident's figures.</param>
    /// <param name="chart">What <c>figure:timeline</c> draws; null when the incident has too little to draw it.</param>
    /// <param name="contentsLevels">How many heading levels a <c>::: toc</c> lists (the theme's).</param>
    /// <param name="links">Which link targets stay clickable (default: http, https, mailto and anchors).</param>
    /// <param name="trend">What <c>figure:trend</c> draws (a review's incidents per month); null outside a review.</param>
    /// <param name="values">Reads the value markers the layout's helpers wrote; null: the Markdown has none.</param>
    public DocumentMapper(MarkdownProblems problems, Func<string, ImageData?> figureImage, TimelineChart? chart = null,
        int contentsLevels = 2, LinkPolicy? links = null, TrendChart? trend = null, ValueMarkExtractor? values = null)
    {
        _trend = trend;
        _values = values;
        _problems = problems;
        _inlines = new InlineMapper(problems, links);
        _figureImage = figureImage;
        _special = new SpecialContainers(problems, _inlines);
        _title = new TitleContainer(problems, _inlines, values);
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
                _frontMatter = ValueMarkers.Strip(string.Join("\n", fm.Lines.Lines.Take(fm.Lines.Count).Select(l => l.ToString())));
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
            Markdig.Syntax.ListBlock l => new DocList(l.IsOrdered, l.IsOrdered && int.TryParse(l.OrderedStart, out var s) ? s : 1,
                l.OfType<ListItemBlock>().Select(item => new ListItem(MapAll(item))).ToList()),
            Table t => TableMapper.Map(t, _inlines, _problems, _anchors, _values),
            YamlFrontMatterBlock fm => Unsupported(fm, "front matter is allowed only at the very start of the Markdown"),
            FencedCodeBlock f => new DocCode(ValueMarkers.Strip(f.Lines.ToString()), string.IsNullOrEmpty(f.Info) ? null : f.Info),
            Markdig.Syntax.CodeBlock c => new DocCode(ValueMarkers.Strip(c.Lines.ToString())),
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
        var classes = block.TryGetAttributes()?.Classes?.Where(c => !AddedByMarkdig(block, c)).ToList();
        if (classes is { Count: > 0 })
            _problems.Warning(block.Line, $"the class {string.Join(", ", classes.Select(c => "'." + c + "'"))} has no effect on a block" +
                (classes.Contains("title") ? "; write the title block as a '::: title' container" : "") +
                " (classes mean something only as {.tone-NAME} in a table cell or badge)");
        into.Add(mapped with { SourceLine = _problems.SourceLine(block.Line), Origin = _problems.Origin(block) });
    }

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
        var marked = MapMarked(h.Inline);
        var inlines = TitleContainer.TrimEnd(marked.Inlines);
        var id = h.TryGetAttributes()?.Id;
        var anchor = _anchors.Claim(string.IsNullOrEmpty(id) ? MarkdownEscaper.Slug(Inlines.PlainText(inlines)) : id);
        return new DocHeading(Math.Clamp(h.Level, 1, 3), inlines, anchor) { Marks = Clamp(marked.Marks, Inlines.PlainText(inlines).Length) };
    }

    private DocBlock? Paragraph(Markdig.Syntax.ParagraphBlock p)
    {
        var content = p.Inline?.Where(i => !(i is Markdig.Syntax.Inlines.LiteralInline lit && lit.Content.IsEmptyOrWhitespace())).ToList() ?? [];
        if (content is [Markdig.Syntax.Inlines.LinkInline { IsImage: true } image])
            return Figure(image);
        var marked = MapMarked(p.Inline);
        // A block value's markers stand on lines of their own: open or close it, and leave no empty paragraph behind.
        // The block's Origin (for diagnostics) comes from the render's side table in Map; this is only which block value
        // the paragraph is part of, which the side table cannot say.
        foreach (var path in marked.Opened) _openValues.Push(path);
        var blockValue = _openValues.Count > 0 ? _openValues.Peek() : null;
        for (var i = 0; i < marked.Closed && _openValues.Count > 0; i++) _openValues.Pop();
        if (marked.OnlyMarkers && (marked.Opened.Count > 0 || marked.Closed > 0)) return null;
        return new DocParagraph(marked.Inlines) { Marks = marked.Marks, BlockValue = blockValue };
    }

    private static IReadOnlyList<ValueMark> Clamp(IReadOnlyList<ValueMark> marks, int length) =>
        marks.Count == 0 ? marks : marks.Where(m => m.Start < length).Select(m => m.End <= length ? m : m with { End = length }).ToList();

    private ExtractedMarks MapMarked(Markdig.Syntax.Inlines.ContainerInline? inline)
    {
        if (_values is null) return new ExtractedMarks(_inlines.Map(inline), [], [], 0);
        _inlines.KeepValueMarkers = true;
        try { return _values.Extract(_inlines.Map(inline)); }
        finally { _inlines.KeepValueMarkers = false; }
    }

    private DocBlock? Figure(Markdig.Syntax.Inlines.LinkInline image)
    {
        var source = image.Url ?? "";
        var alt = Inlines.PlainText(_inlines.Map(image));
        var caption = string.IsNullOrEmpty(image.Title) ? alt : image.Title;
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
        return new FigureBlock(source, caption, alt, data);
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
