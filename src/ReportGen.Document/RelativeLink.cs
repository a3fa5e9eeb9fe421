namespace ReportGen.Document;

/// <summary>Links to a file beside the document (a review's link to <c>team-b/checkout-outage.pdf</c>): a relative
/// reference with no scheme, not rooted, without <c>..</c> or backslashes, so it can only point into the document's
/// own folder. Both writers write such a link as a link relative to the document (Word resolves it against the
/// .docx's folder; the PDF opens another PDF with a remote go-to action); anything else relative stays plain text.</summary>
public static class RelativeLink
{
    /// <summary>True when <paramref name="url"/> is a relative link into the document's own folder.</summary>
    public static bool IsLocalFile(string url)
    {
        if (url.Length == 0 || url[0] is '/' or '#' || url.Contains('\\', StringComparison.Ordinal) || url.Any(char.IsControl))
            return false;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        if (colon >= 0 && (slash < 0 || colon < slash)) return false; // a scheme (https:, mailto:, C:)
        var path = url.Split('?', '#')[0];
        return path.Length > 0 && !path.Split('/').Any(part => part is ".." or "." || part.Length == 0)
            && Uri.TryCreate(url, UriKind.Relative, out _);
    }

    /// <summary>True when <paramref name="url"/> is a local file link to a PDF (<c>.pdf</c>, any case).</summary>
    public static bool IsLocalPdf(string url) =>
        IsLocalFile(url) && url.Split('?', '#')[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file path a local link names, its percent escapes decoded (<c>my%20report.pdf</c> →
    /// <c>my report.pdf</c>).</summary>
    public static string FilePath(string url) => Uri.UnescapeDataString(url.Split('?', '#')[0]);
}
