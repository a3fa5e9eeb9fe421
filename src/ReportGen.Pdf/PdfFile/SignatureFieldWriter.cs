using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes the document's empty signature fields: each is one field merged with its widget annotation
/// (<c>/FT /Sig</c>, named by its signer's YAML path, printable, with an appearance stream) over the signature cell the
/// page drew, and the interactive form (<c>/AcroForm</c>) listing them. A PDF reader or <c>pdfsig -sign NAME</c> signs a
/// field by appending an incremental update that sets its value; the page itself stays as written.</summary>
internal sealed class SignatureFieldWriter(PdfFileBuilder file)
{
    /// <summary>SignaturesExist (bit 1): the document has signature fields, so readers offer signing without scanning
    /// every page. AppendOnly (bit 2) is for documents that hold signatures already; the signer's tool sets it when it
    /// signs (poppler and Acrobat write 3 then).</summary>
    private const int SigFlagsSignaturesExist = 1;

    /// <summary>Print flag (bit 3): the field prints with the page, as PDF/A requires of every annotation.</summary>
    private const int PrintFlag = 4;

    private readonly List<int> _fields = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>True once any field has been written.</summary>
    public bool Any => _fields.Count > 0;

    /// <summary>Writes the field of one page; returns its object number, or 0 when its name was used already (the
    /// layout's warning says so).</summary>
    public int Write(PageSignatureField field, int page, float pageHeight)
    {
        if (!_names.Add(field.Name))
            return 0;
        var box = field.Box;
        var appearance = file.Reserve();
        // An empty form: the page already draws the place to sign, and the signer's tool replaces this appearance with
        // its own when it signs.
        var form = file.Scratch().Ascii("/Type/XObject/Subtype/Form/BBox[0 0 ").Number(box.Width).Space().Number(box.Height)
            .Ascii("]/Resources<<>>");
        file.Stream(appearance, form.Span, [], compress: false);

        var number = file.Reserve();
        var widget = file.Scratch().Ascii("<</Type/Annot/Subtype/Widget/FT/Sig/T").TextString(field.Name)
            .Ascii("/TU").TextString(field.Description).Ascii("/F ").Int(PrintFlag).Ascii("/Rect[")
            .Numbers(box.X, pageHeight - box.Bottom, box.Right, pageHeight - box.Y).Ascii("]/P ").Reference(page)
            .Ascii("/AP<</N ").Reference(appearance).Ascii(">>>>");
        file.Object(number, widget);
        _fields.Add(number);
        return number;
    }

    /// <summary>Writes the interactive form dictionary; returns its object number (0 when there are no fields).</summary>
    public int WriteForm()
    {
        if (_fields.Count == 0)
            return 0;
        var number = file.Reserve();
        var form = file.Scratch().Ascii("<</Fields[");
        foreach (var field in _fields)
            form.Reference(field).Space();
        file.Object(number, form.Ascii("]/SigFlags ").Int(SigFlagsSignaturesExist).Ascii(">>"));
        return number;
    }
}
