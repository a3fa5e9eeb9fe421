namespace ReportGen.Pdf.Inspection;

/// <summary>What the rendered original holds that updates may touch: its objects, catalog, document information,
/// interactive form, signature fields (by object number, with their names) and those fields' appearance streams.</summary>
internal sealed class Original
{
    public required HashSet<int> InUse { get; init; }
    public required int Catalog { get; init; }
    public required int Info { get; init; }
    public required int Form { get; init; }
    public required Dictionary<int, string> Fields { get; init; }
    public required HashSet<int> Appearances { get; init; }
    private PdfRevisions Revisions { get; init; } = null!;
    private int Count { get; init; }

    public static Original Read(PdfRevisions revisions, int count)
    {
        var inUse = new HashSet<int>();
        for (var i = 0; i < count; i++)
            foreach (var (number, entry) in revisions.Sections[i].Entries)
                if (entry.Kind == XrefKind.Free) inUse.Remove(number);
                else inUse.Add(number);
        var trailer = revisions.Sections[count - 1].Trailer;
        var catalog = (trailer["Root"] as PdfReference)?.Number ?? throw new PdfSyntaxException("the original has no catalog", 0);
        var info = (trailer["Info"] as PdfReference)?.Number ?? -1;
        var root = revisions.Object(catalog, count)?.Dictionary;
        var formReference = root?["AcroForm"] as PdfReference;
        var form = formReference is null ? root?["AcroForm"] as PdfDictionary : revisions.Object(formReference.Number, count)?.Dictionary;
        var fields = new Dictionary<int, string>();
        var appearances = new HashSet<int>();
        if (form?["Fields"] is PdfArray list)
            foreach (var field in list.Items.OfType<PdfReference>())
                AddField(revisions, count, field.Number, "", null, fields, appearances, 0);
        return new Original
        {
            InUse = inUse, Catalog = catalog, Info = info, Form = formReference?.Number ?? -1, Fields = fields,
            Appearances = appearances, Revisions = revisions, Count = count,
        };
    }

    /// <summary>Adds a signature field (and its kids: fully qualified names join partial names with dots).</summary>
    private static void AddField(PdfRevisions revisions, int count, int number, string parent, string? parentType,
        Dictionary<int, string> fields, HashSet<int> appearances, int depth)
    {
        if (depth > 16 || fields.ContainsKey(number) || revisions.Object(number, count)?.Dictionary is not { } field)
            return;
        var partial = (field["T"] as PdfString)?.Text;
        var name = partial is null ? parent : parent.Length == 0 ? partial : parent + "." + partial;
        var type = field.Name("FT") ?? parentType; // the field type is inherited by kids
        if (field["Kids"] is PdfArray kids)
            foreach (var kid in kids.Items.OfType<PdfReference>())
                AddField(revisions, count, kid.Number, name, type, fields, appearances, depth + 1);
        if (type != "Sig")
            return;
        fields[number] = name;
        if (field["AP"] is PdfDictionary ap)
            foreach (var state in ap.Entries.Values)
                if (state is PdfReference r) appearances.Add(r.Number);
    }

    /// <summary>What an original object is, for messages: "a page", "a content stream", "a font"…</summary>
    public string Describe(int number)
    {
        var value = Revisions.Object(number, Count);
        var dictionary = value?.Dictionary;
        return dictionary?.Name("Type") switch
        {
            "Page" => "a page",
            "Pages" => "the page tree",
            "Font" => "a font",
            "Annot" => dictionary.Name("Subtype") == "Link" ? "a link annotation" : "an annotation",
            "XObject" => dictionary.Name("Subtype") == "Image" ? "an image" : "a form drawn on a page",
            "Outlines" => "the outline",
            "Metadata" => "the XMP metadata",
            { } type => "a /" + type + " object",
            null when value?.Value is PdfStream => "a content or data stream",
            null => "an object of the report",
        };
    }
}
