using ReportGen.Document;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>One small instance of every concrete block type of the Document model, found by reflection: adding a block
/// type without a sample here fails the tests that check every writer renders every block (linked into the .docx
/// tests as well).</summary>
internal static class AllBlocks
{
    /// <summary>A valid 2x2 RGB PNG.</summary>
    private static readonly byte[] TwoByTwoPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02,
        0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xFD, 0xD4, 0x9A, 0x73, 0x00, 0x00, 0x00, 0x13, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xB8, 0xA9, 0xAB, 0x00, 0x44, 0x0C, 0x12, 0x9E, 0x2B, 0x81, 0x08, 0x00, 0x1F, 0xC2, 0x04, 0x61,
        0x92, 0xBA, 0x61, 0x1C, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    public static IEnumerable<Block> Samples()
    {
        var start = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
        var types = typeof(Block).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            yield return type.Name switch
            {
                nameof(HeadingBlock) => new HeadingBlock(2, [new TextInline("Heading")], "heading"),
                nameof(ParagraphBlock) => new ParagraphBlock([new TextInline("Paragraph")]),
                nameof(ListBlock) => new ListBlock(false, 1, [new ListItem([new ParagraphBlock([new TextInline("Item")])])]),
                nameof(CodeBlock) => new CodeBlock("code"),
                nameof(CalloutBlock) => new CalloutBlock("note", "Note", [new ParagraphBlock([new TextInline("Inside")])]),
                nameof(FigureBlock) => new FigureBlock("f.png", "Caption", "Alt", new ImageData(TwoByTwoPng, ImageFormat.Png, 2, 2)),
                nameof(TimelineFigureBlock) => new TimelineFigureBlock(
                    new TimelineChart(start, start.AddHours(2), start.AddMinutes(5), start.AddHours(1), start.AddHours(2), []), "Timeline", "Alt"),
                nameof(TrendFigureBlock) => new TrendFigureBlock(new TrendChart([new ChartSeries("Critical", "severity-critical")],
                    [new ChartColumn("Mar", "2026", [2]), new ChartColumn("Apr", null, [1])], "Month", "Incidents"), "Trend", "Alt"),
                nameof(PageBreakBlock) => new PageBreakBlock(),
                nameof(RuleBlock) => new RuleBlock(),
                nameof(KeyFiguresBlock) => new KeyFiguresBlock([new KeyFigure("Time to detect", "7 min")]),
                nameof(TableBlock) => new TableBlock([new TableColumn(ColumnAlignment.Left)], new TableRow([new TableCell([new TextInline("H")])]),
                    [new TableRow([new TableCell([new TextInline("C")])])]),
                nameof(SignOffBlock) => new SignOffBlock([new SignOffEntry("Dana", "Facilitator", null)]),
                nameof(TitleBlock) => new TitleBlock("INC-1", [new TextInline("Title")], [new Badge("Final", "status-final")]),
                nameof(TableOfContentsBlock) => new TableOfContentsBlock("Contents", [new ContentsEntry(1, "Heading", "heading")]),
                _ => throw new InvalidOperationException($"AllBlocks has no sample of {type.Name}: add one, and a renderer in each writer"),
            };
        }
    }
}
