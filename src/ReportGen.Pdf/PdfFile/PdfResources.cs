namespace ReportGen.Pdf.PdfFile;

/// <summary>The one resource dictionary every page and form of a document shares: fonts, graphics states (opacity),
/// images and forms, patterns. Names are handed out in first-use order, so the same document gives the same names.
/// Written last, when every page has said what it uses.</summary>
internal sealed class PdfResources(PdfFileBuilder file)
{
    private readonly Dictionary<int, string> _fonts = [];
    private readonly Dictionary<(float Fill, float Stroke), (string Name, int Object)> _states = [];
    private readonly Dictionary<int, string> _xObjects = [];
    private readonly Dictionary<int, string> _patterns = [];
    private readonly Dictionary<int, string> _softMasks = [];

    /// <summary>The object number of the resource dictionary (reserved up front so pages can point at it).</summary>
    public int ObjectNumber { get; } = file.Reserve();

    /// <summary>The resource name of the font written as object <paramref name="fontObject"/>.</summary>
    public string Font(int fontObject) => Name(_fonts, fontObject, "F");

    /// <summary>The name of a graphics state setting fill (<c>/ca</c>) and stroke (<c>/CA</c>) opacity.</summary>
    public string Opacity(float fill, float stroke)
    {
        fill = MathF.Round(Math.Clamp(fill, 0, 1), 3);
        stroke = MathF.Round(Math.Clamp(stroke, 0, 1), 3);
        if (!_states.TryGetValue((fill, stroke), out var state))
        {
            state = ("G" + (_states.Count + 1), file.Reserve());
            var body = file.Scratch().Ascii("<</Type/ExtGState/ca ").Number(fill).Ascii("/CA ").Number(stroke).Ascii(">>");
            file.Object(state.Object, body);
            _states[(fill, stroke)] = state;
        }
        return state.Name;
    }

    /// <summary>The name of an image or form XObject written as object <paramref name="xObject"/>.</summary>
    public string XObject(int xObject) => Name(_xObjects, xObject, "X");

    /// <summary>The name of a pattern (gradient) written as object <paramref name="pattern"/>.</summary>
    public string Pattern(int pattern) => Name(_patterns, pattern, "P");

    /// <summary>The name of a graphics state setting a soft mask (a gradient's alphas), written as object
    /// <paramref name="extGState"/>.</summary>
    public string SoftMask(int extGState) => Name(_softMasks, extGState, "M");

    private static string Name(Dictionary<int, string> names, int objectNumber, string prefix)
    {
        if (!names.TryGetValue(objectNumber, out var name))
            names[objectNumber] = name = prefix + (names.Count + 1);
        return name;
    }

    public void Write()
    {
        var body = file.Scratch().Ascii("<</ProcSet[/PDF/Text/ImageB/ImageC]");
        Entries(body, "Font", _fonts);
        Entries(body, "XObject", _xObjects);
        Entries(body, "Pattern", _patterns);
        if (_states.Count > 0 || _softMasks.Count > 0)
        {
            body.Ascii("/ExtGState<<");
            foreach (var (name, number) in _states.Values)
                body.Byte((byte)'/').Ascii(name).Space().Reference(number);
            foreach (var (number, name) in _softMasks)
                body.Byte((byte)'/').Ascii(name).Space().Reference(number);
            body.Ascii(">>");
        }
        file.Object(ObjectNumber, body.Ascii(">>"));
    }

    private static void Entries(PdfBytes body, string kind, Dictionary<int, string> names)
    {
        if (names.Count == 0)
            return;
        body.Byte((byte)'/').Ascii(kind).Ascii("<<");
        foreach (var (number, name) in names)
            body.Byte((byte)'/').Ascii(name).Space().Reference(number);
        body.Ascii(">>");
    }
}
