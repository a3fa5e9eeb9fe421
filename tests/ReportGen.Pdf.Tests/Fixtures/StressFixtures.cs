using ReportGen.Document;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>Documents that push the writer: scripts the shipped fonts lack, right-to-left text, emoji, unbreakable
/// tokens, and a dense 100-page document for speed.</summary>
internal static class StressFixtures
{
    public const string LongUrl =
        "https://grafana.example.com/d/checkout-api/overview?orgId=1&from=1710407520000&to=1710418020000&var-cluster=eu-west-1&var-namespace=payments&viewPanel=42";
    public const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081884c7d659a2feaa0c55ad015";
    public const string Regex = @"^(?<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\s+\[(?<level>ERROR|WARN)\]\s+pool=(?<pool>[a-z0-9_-]+)\s+wait_ms=(?<wait>\d{4,})$";
    public const string Hebrew = "שלום עולם";
    public const string Arabic = "مرحبا بالعالم";
    public const string Cjk = "数据库连接池耗尽";
    public const string Emoji = "🔥";

    private static readonly DocumentSettings StressSettings =
        ReportFixtures.Settings() with { Title = "Stress: scripts, tokens and symbols — SEV-1 «fi» ffl" };

    public static ReportDocument Stress() => new()
    {
        Settings = StressSettings,
        Theme = new Theme(),
        Blocks =
        [
            ReportFixtures.Title(StressSettings),
            H(1, "Scripts"),
            P($"Hebrew: {Hebrew}. Arabic: {Arabic}. Greek: Σφάλμα δικτύου. Cyrillic: Ошибка сети."),
            P($"Chinese: {Cjk}. Emoji: {Emoji} on fire."),
            H(1, "Unbreakable tokens"),
            P(T("Dashboard: "), Link(LongUrl, LongUrl)),
            P(T("Hash "), C(Hash), T(" and regex "), C(Regex)),
            P("Path: /var/lib/postgresql/15/main/pg_wal/archive_status/000000010000000A000000FF.ready/and/even/deeper/still"),
            new TableBlock([new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left)],
                Row("Token", "Value"),
                [Row("hash", Hash), Row("url", LongUrl), Row("markdown-ish", "| * _ # <tag> {{ x }} {% y %} \\ ---")]),
            new CodeBlock(Regex + "\n" + LongUrl + "\n\tindented with a tab"),
            H(2, "Punctuation"),
            P("Quotes “curly” and ‘single’, dashes – and —, ellipsis…, arrows → ← ↔, maths ≥ ≤ ≠ ±, currency € £ ¥."),
        ],
    };

    /// <summary>About 100 pages of text, lists and tables: the speed benchmark's input.</summary>
    public static ReportDocument Dense(int sections = 40)
    {
        var blocks = new List<Block>();
        for (var s = 0; s < sections; s++)
        {
            blocks.Add(H(1, $"Section {s + 1}: connection pool behaviour under load"));
            blocks.Add(Filler(14, s));
            blocks.Add(Bullets(Item("Pool saturation was visible in metrics for 7 minutes before the first alert."),
                Item("Retries from mobile clients amplified load by roughly 3x.",
                    Bullets(Item("Backoff was linear, not exponential."), Item("No jitter was configured.")))));
            blocks.Add(ReportFixtures.Timeline(14));
            blocks.Add(Filler(10, s + 100));
        }
        return new ReportDocument { Settings = ReportFixtures.Settings(), Theme = new Theme(), Blocks = blocks };
    }
}
