using System.Text;
using ReportGen.Document;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests.Support;

/// <summary>A document built to break writers: long texts, dozens of action items, every character class (CJK,
/// right-to-left, emoji, XML specials) and characters XML cannot hold.</summary>
internal static class StressFixture
{
    public const string Hostile = "<tag> & \"quotes\" 'apos' ]]> {{ x }} | * _ # \\ 中文测试 日本語 한국어 שלום עולם مرحبا بالعالم 🔥🚀👩🏽‍💻 e\u0301";
    public const string ControlChars = "bell\u0007 vt\u000B nul\u0000 ffff\uFFFF lone\uD800 end";

    public static ReportDocument Create()
    {
        var longText = string.Concat(Enumerable.Repeat("The payment API kept retrying against an exhausted pool, so latency compounded. ", 60));
        var blocks = new List<Block>
        {
            new TitleBlock("INC-STRESS " + ControlChars, [T("Stress " + Hostile)], [new Badge("SEV-1 " + Hostile, "severity-critical"), new Badge("no tone", "no-such-tone")]),
            new KeyFiguresBlock([new KeyFigure("Severity", "SEV-1", "severity-critical"), new KeyFigure("Users " + Hostile, "1", "no-such-tone")]),
            P(T(longText)),
            P(T(ControlChars)),
            H(1, "Hostile " + Hostile, "hostile"),
            H(2, "Same anchor twice", "hostile"),
            H(2, "שלום עולם: right-to-left heading", "rtl-heading"),
            P("مرحبا بالعالم. A right-to-left paragraph with (brackets) and 42."),
            H(3, new string('x', 300), "42-starts-with-digit-and-is-much-longer-than-forty-characters-allowed"),
            P(T("Link to nothing: "), Link("#missing", "gone"), T(" and a bad address: "), Link("http://exa mple.com/<>", "bad")),
            new CodeBlock("\t\tdeep tab\n    four spaces\n" + Hostile + "\n" + ControlChars),
            Bullets(Item(Hostile, Bullets(Item("level 2", Bullets(Item("level 3", Bullets(Item("level 4")))))))),
            new CalloutBlock("note", Hostile, [P(longText), Bullets(Item("inside a callout")), new CodeBlock("x = 1")]),
            ActionItems(60),
            new FigureBlock("big.png", "Tall " + Hostile, "", TestPng.Create(40, 900)),
            new FigureBlock("vector.svg", "SVG", "", new ImageData(Encoding.UTF8.GetBytes("<svg/>"), ImageFormat.Svg, 10, 10)),
            new SignOffBlock([new SignOffEntry(Hostile, "Reviewer " + ControlChars, null)]),
        };
        return new ReportDocument
        {
            Settings = new DocumentSettings
            {
                Title = "Stress " + Hostile + ControlChars,
                Subject = "INC-STRESS",
                Keywords = ["SEV-1", Hostile],
                HeaderLeft = "INC-STRESS " + ControlChars,
                HeaderRight = Hostile,
                IsDraft = true,
            },
            Theme = new Theme { Logo = TestPng.Create(120, 40) },
            Blocks = PostmortemFixture.WithContents(blocks, after: 1),
        };
    }

    private static TableBlock ActionItems(int count) => new(
        [new(ColumnAlignment.Left), new(ColumnAlignment.Left), new(ColumnAlignment.Center), new(ColumnAlignment.Right)],
        Row(Cell("ID"), Cell("Action"), Cell("Priority"), Cell("Cost")),
        Enumerable.Range(1, count).Select(i => Row($"action-a{i}",
            Cell($"A{i}"),
            Cell(i % 7 == 0 ? Hostile + " " + new string('y', 400) : $"Action number {i}: https://tracker.example.com/browse/PAY-{i}?x=1&y=2"),
            Cell("P" + i % 4, "priority-p" + i % 4),
            Cell((i * 1.5).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))).ToList());
}
