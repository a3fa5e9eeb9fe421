namespace ReportGen.Cli.Rendering;

/// <summary>Removes PNG previews left from an earlier, longer version of the same report, so the folder never shows
/// a page 7 that the current report does not have.</summary>
internal static class StalePreviews
{
    /// <summary>Deletes <c>name-pN.png</c> for N above <paramref name="pageCount"/>, stopping at the first gap.</summary>
    public static void Delete(OutputTarget target, int pageCount)
    {
        for (var page = pageCount + 1; ; page++)
        {
            var path = target.PngPage(page);
            if (!File.Exists(path))
                return;
            File.Delete(path);
        }
    }
}
