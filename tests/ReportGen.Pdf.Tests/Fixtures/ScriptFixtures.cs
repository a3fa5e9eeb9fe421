using ReportGen.Document;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>A report written by a global team, with text pasted from chat: names in every script ReportGen ships a
/// font for, and emoji, in the title, running header, paragraphs, tables, the timeline figure and the sign-off.</summary>
internal static class ScriptFixtures
{
    public const string Japanese = "田中 太郎";
    public const string JapaneseSentence = "「ログインできません」";
    public const string Chinese = "王伟";
    public const string Korean = "김민준";
    public const string Arabic = "ليلى حداد";
    public const string Hebrew = "נועה לוי";
    public const string Thai = "สมชาย ใจดี";
    public const string Devanagari = "प्रिया शर्मा";
    public const string Emoji = "✅ 🔥 👍";

    /// <summary>Every script and emoji in one report.</summary>
    public static ReportDocument Global(string title = "🔥 Sign-in failures in Tokyo (東京) and Seoul (서울)") => new()
    {
        Settings = ReportFixtures.Settings(draft: false) with { Title = title, HeaderRight = title },
        Theme = new Theme(),
        Blocks =
        [
            H(1, "Summary ✅"),
            P($"Support chat: {JapaneseSentence} 👍. Commander {Chinese}, on call {Korean} and {Japanese}."),
            P($"Identity team: {Arabic} and {Hebrew}; {Thai} and {Devanagari} wrote the runbook. {Emoji}"),
            new TimelineFigureBlock(Chart(), "Incident timeline", "Timeline"),
            H(1, "Timeline 🔥"),
            new TableBlock([new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left, 4),
                    new TableColumn(ColumnAlignment.Left, 2)],
                Row("Time", "Event", "By"),
                [
                    Row("09:11", "🔥 Sign-in error rate alert fires", $"PagerDuty → {Japanese}"),
                    Row("09:18", "서울 on-call confirms the errors 👍", Korean),
                    Row("10:02", "Previous chain restored ✅", Arabic),
                    Row("11:40", "Complete chain deployed ✅", Thai),
                ]),
            H(1, "Sign-off"),
            new SignOffBlock(
            [
                new SignOffEntry(Chinese, "Facilitator", "2026-05-15"),
                new SignOffEntry(Japanese, "Reviewer", null),
                new SignOffEntry(Hebrew, "Reviewer", null),
                new SignOffEntry(Arabic, "Reviewer", null),
            ]),
        ],
    };

    private static TimelineChart Chart()
    {
        var start = new DateTimeOffset(2026, 5, 12, 9, 5, 0, TimeSpan.FromHours(9));
        return new TimelineChart(start, start.AddMinutes(155), start.AddMinutes(6), start.AddMinutes(57), start.AddMinutes(155),
        [
            new TimelineMark(start.AddMinutes(6), "detection", $"🔥 Alert fires ({Japanese})"),
            new TimelineMark(start.AddMinutes(57), "mitigation", $"Chain restored ✅ {Arabic}"),
            new TimelineMark(start.AddMinutes(155), "resolution", $"Resolved 👍 {Korean}"),
        ]);
    }
}
