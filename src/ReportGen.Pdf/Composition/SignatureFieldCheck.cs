using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>Signature fields are named by the YAML path of their signer, and a PDF field name must be unique: a layout
/// that places one signer's cell twice gets a field for the first place only, and a warning.</summary>
internal static class SignatureFieldCheck
{
    public static IEnumerable<string> Problems(IReadOnlyList<RecordingCanvas> pages) =>
        pages.SelectMany(p => p.Commands).OfType<SignatureFieldCommand>()
            .GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .Select(name => $"the signature field '{name}' is placed more than once; only the first place can be signed");
}
