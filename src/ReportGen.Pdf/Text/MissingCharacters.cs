namespace ReportGen.Pdf.Text;

/// <summary>Characters no available font could show during one render, for the warning. One per render, not shared.</summary>
internal sealed class MissingCharacters
{
    private readonly SortedSet<int> _codePoints = [];

    public void Add(int codePoint)
    {
        lock (_codePoints)
            _codePoints.Add(codePoint);
    }

    public bool Any => _codePoints.Count > 0;

    /// <summary>A warning naming each character and its code point, or null when nothing was missing.</summary>
    public string? ToWarning()
    {
        if (_codePoints.Count == 0)
            return null;
        var names = _codePoints.Select(cp => $"'{char.ConvertFromUtf32(cp)}' (U+{cp:X4})");
        return "no available font has these characters; they print as empty boxes (add a font with --font-dir): "
            + string.Join(", ", names);
    }

    public override string ToString() => ToWarning() ?? "";
}
