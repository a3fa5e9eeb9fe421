using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF), which make
/// Word refuse a file as "unreadable content", and remembers what it removed so the writer can warn once per block.
/// The rule is <see cref="UnshowableCharacters"/>'s, which the PDF writer follows too.</summary>
internal sealed class XmlTextSanitizer
{
    private readonly UnshowableCharacters _characters = new();

    /// <summary>True when something was removed since the last <see cref="TakeRemoved"/>.</summary>
    public bool HasRemoved => _characters.HasRemoved;

    /// <summary>The text with every character XML cannot hold left out.</summary>
    public string Clean(string text) => _characters.Clean(text);

    /// <summary>Describes the removed characters (e.g. <c>U+0001, U+FFFF</c>) and forgets them.</summary>
    public string TakeRemoved() => _characters.TakeRemoved();
}
