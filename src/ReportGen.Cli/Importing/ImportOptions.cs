namespace ReportGen.Cli.Importing;

/// <summary>The <c>import</c> command line as data.</summary>
/// <param name="DocxPath">The edited .docx.</param>
/// <param name="Into">The incident file to update in place (null: print the new YAML).</param>
/// <param name="From">The incident file the report was made from, when not updating it (null: --into, or the .yaml
/// beside the .docx with its name).</param>
/// <param name="DryRun">Print a unified diff and write nothing.</param>
/// <param name="CommentsPath">Where to write the Word comments as Markdown (null: not written).</param>
/// <param name="LayoutDirectory">The layout render used (null: the built-in one).</param>
internal sealed record ImportOptions(string DocxPath, string? Into, string? From, bool DryRun, string? CommentsPath, string? LayoutDirectory);
