namespace ReportGen.Docx.Styles;

/// <summary>Style ids the writer refers to. Built-in Word names are used where Word has one, so a reference
/// template's own definitions of them (Heading 1, List Bullet, Caption…) take over.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TitleKicker = "TitleKicker";
    public const string TitleBadges = "TitleBadges";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Caption = "Caption";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TocHeading = "TOCHeading";
    public const string Hyperlink = "Hyperlink";
    public const string SourceCode = "SourceCode";
    public const string VerbatimChar = "VerbatimChar";
    public const string TableText = "TableText";
    public const string Figure = "Figure";
    public const string CalloutTitle = "CalloutTitle";
    public const string KeyFigureValue = "KeyFigureValue";
    public const string KeyFigureLabel = "KeyFigureLabel";
    public const string DraftMark = "DraftMark";
    public const string ReportTable = "ReportTable";
    public const string CalloutBox = "CalloutBox";
    public const string KeyFiguresTable = "KeyFiguresTable";
    public const string TableNormal = "TableNormal";

    /// <summary>Heading1…Heading3.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);

    /// <summary>TOC1…TOC3.</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);
}
