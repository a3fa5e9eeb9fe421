namespace ReportGen.Testing;

/// <summary>Incident files as text, for tests that lay out folders of them.</summary>
public static class IncidentText
{
    /// <summary>A valid incident with two timeline entries.</summary>
    public static string Valid(string id, string title = "Checkout API returned 503s") => $"""
        id: {id}
        title: {title}
        severity: high
        status: draft
        started_at: 2026-03-14T09:12:00Z
        summary: |
          The checkout API returned **503** errors for 47 minutes after the database pool was exhausted.
        timeline:
          - at: "09:12"
            event: Error-rate alert fired for checkout-api
            kind: detection
          - at: "09:40"
            event: Pool size raised from 50 to 120
            kind: mitigation
        """;

    /// <summary>An incident with errors: an unknown severity and no summary.</summary>
    public const string Invalid = """
        id: INC-BAD
        title: Broken file
        severity: extreme
        started_at: 2026-03-14T09:12:00Z
        timeline:
          - at: "09:12"
            event: Something happened
        """;
}
