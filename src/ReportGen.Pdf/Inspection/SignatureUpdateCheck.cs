using System.Globalization;

namespace ReportGen.Pdf.Inspection;

/// <summary>Decides whether what follows a rendered PDF's original bytes is only signatures of its own signature
/// fields, appended as incremental updates (ISO 32000-1 §7.5.6, §12.8).</summary>
/// <remarks>How strict, and why: anything a reader shows on a page comes from the page objects, the objects they use
/// (content streams, resources, fonts, images, annotations) or a form field's appearance, which is drawn only inside
/// that field's rectangle. So an update may redefine only (1) one of the document's signature fields, changing just
/// its value, appearance and signing time (/V, /AP, /AS, /M, /MK, /DA: never its rectangle, flags, name or page);
/// (2) an appearance stream of such a field; (3) the interactive form dictionary (/SigFlags, /DR, /DA, and /Fields
/// still listing every original field); (4) the catalog, only for /AcroForm, /Perms, /DSS and /Extensions
/// (certification and long-term validation data); (5) the document information dictionary. New objects are allowed,
/// since they are reachable only through those. Deleting an original object, pointing an update's entry into the
/// original bytes, replacing the catalog, adding XFA or /NeedAppearances, or changing anything else (a page, its
/// /Annots: so no new fields either) makes the file differ. Each signature's /ByteRange must cover everything before
/// and after its /Contents up to the end of its own update. The cryptography (certificate, digest) is left to PDF
/// readers and <c>pdfsig</c>.</remarks>
internal static class SignatureUpdateCheck
{
    private static readonly HashSet<string> FieldKeys = new(["V", "AP", "AS", "M", "MK", "DA"], StringComparer.Ordinal);
    private static readonly HashSet<string> FormKeys = new(["SigFlags", "DR", "DA", "Fields"], StringComparer.Ordinal);
    private static readonly HashSet<string> CatalogKeys = new(["AcroForm", "Perms", "DSS", "Extensions"], StringComparer.Ordinal);

    public static AppendedSignatures Check(byte[] file, int originalLength)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var signatures = new List<AppendedSignature>();
        try
        {
            var revisions = PdfRevisions.Read(file);
            var original = revisions.Sections.Count(s => s.Offset < originalLength);
            if (original == 0 || revisions.Sections[original - 1].RevisionEnd != originalLength
                || revisions.Sections.Skip(original).Any(s => s.Offset < originalLength))
            {
                problems.Add("the file's cross-reference chain does not end the original where the rendered report ends " +
                             "(the appended bytes are not incremental updates of it)");
                return new AppendedSignatures(0, [], problems, notes);
            }
            var updates = revisions.Sections.Count - original;
            if (updates == 0)
                problems.Add("bytes were appended after the original, but no incremental update (cross-reference section) refers to them");
            var known = Original.Read(revisions, original);
            CheckUpdates(revisions, original, originalLength, known, problems, notes);
            CheckTrailer(revisions, known, problems);
            Collect(file, revisions, original, known, signatures, problems, notes);
            if (problems.Count == 0 && signatures.Count == 0 && updates > 0)
                problems.Add($"{Plural(updates, "update was", "updates were")} appended after rendering, but none signs a signature field");
            return new AppendedSignatures(updates, signatures, problems, notes);
        }
        catch (PdfSyntaxException e)
        {
            problems.Add("the bytes appended after the original are not a readable PDF update: " + e.Message);
            return new AppendedSignatures(0, [], problems, notes);
        }
    }

    private static void CheckUpdates(PdfRevisions revisions, int original, int originalLength, Original known,
        List<string> problems, List<string> notes)
    {
        var changed = new SortedSet<int>();
        for (var i = original; i < revisions.Sections.Count; i++)
        {
            foreach (var (number, entry) in revisions.Sections[i].Entries.OrderBy(e => e.Key))
            {
                if (number == 0)
                    continue;
                if (entry.Kind == XrefKind.Free)
                {
                    if (known.InUse.Contains(number))
                        problems.Add($"an update deletes object {number} ({known.Describe(number)})");
                    continue;
                }
                if (entry.Kind == XrefKind.InFile && entry.Offset < originalLength)
                {
                    problems.Add($"an update points object {number} into the original bytes");
                    continue;
                }
                if (known.InUse.Contains(number))
                    changed.Add(number);
            }
        }
        foreach (var number in changed)
        {
            var before = revisions.Object(number, original)!;
            var after = revisions.Object(number);
            if (after is null)
                continue; // freed later: reported above
            if (known.Fields.ContainsKey(number))
                Keys(problems, $"signature field '{known.Fields[number]}'", before, after, FieldKeys);
            else if (known.Appearances.Contains(number))
                continue; // drawn only inside its field's rectangle
            else if (number == known.Form)
            {
                Keys(problems, "the interactive form", before, after, FormKeys);
                var fields = (revisions.Resolve(after.Dictionary?["Fields"]) as PdfArray)?.Items.OfType<PdfReference>().Select(r => r.Number).ToHashSet() ?? [];
                if (known.Fields.Keys.Any(f => !fields.Contains(f)))
                    problems.Add("an update removes a signature field from the interactive form");
            }
            else if (number == known.Catalog)
                Keys(problems, "the document catalog", before, after, CatalogKeys);
            else if (number == known.Info)
                notes.Add("an update changes the document information (title, author, dates), not the pages");
            else
                problems.Add($"an update changes object {number} ({known.Describe(number)})");
        }
    }

    private static void Keys(List<string> problems, string what, PdfIndirectObject before, PdfIndirectObject after, HashSet<string> allowed)
    {
        if (before.Dictionary is not { } old || after.Dictionary is not { } now)
        {
            problems.Add($"an update replaces {what} with something that is not a dictionary");
            return;
        }
        var forbidden = old.ChangedKeys(now).Where(k => !allowed.Contains(k)).ToList();
        if (forbidden.Count > 0)
            problems.Add($"an update changes {what}: {string.Join(", ", forbidden.Select(k => "/" + k))}");
    }

    private static void CheckTrailer(PdfRevisions revisions, Original known, List<string> problems)
    {
        if ((revisions.Sections[^1].Trailer["Root"] as PdfReference)?.Number != known.Catalog)
            problems.Add("an update replaces the document catalog");
        var catalog = revisions.Object(known.Catalog)?.Dictionary;
        if (revisions.Resolve(catalog?["AcroForm"]) is PdfDictionary form)
        {
            if (form["XFA"] is not null)
                problems.Add("an update adds an XFA form, which readers may show instead of the pages");
            if (form["NeedAppearances"] is PdfBoolean { Value: true })
                problems.Add("an update asks readers to redraw every field (/NeedAppearances)");
        }
    }

    private static void Collect(byte[] file, PdfRevisions revisions, int original, Original known,
        List<AppendedSignature> signatures, List<string> problems, List<string> notes)
    {
        var signedRevisions = new HashSet<int>();
        var found = new List<(int Revision, AppendedSignature Signature)>();
        foreach (var (number, name) in known.Fields)
        {
            if (revisions.Object(number)?.Dictionary?["V"] is not PdfReference value)
                continue;
            var revision = RevisionDefining(revisions, original, value.Number);
            var signature = revisions.Object(value.Number);
            if (revision < 0 || signature?.Dictionary is not { } dictionary || revisions.Entry(value.Number, revisions.Sections.Count)?.Kind != XrefKind.InFile)
            {
                problems.Add($"signature field '{name}' has a value that is not a signature appended after rendering");
                continue;
            }
            var end = revisions.Sections[revision].RevisionEnd;
            if (ByteRangeProblem(file, dictionary, signature, end) is { } problem)
            {
                problems.Add($"the signature of '{name}' {problem}");
                continue;
            }
            signedRevisions.Add(revision);
            found.Add((revision, new AppendedSignature(name, (dictionary["Name"] as PdfString)?.Text,
                PdfDate.Parse((dictionary["M"] as PdfString)?.Text), (dictionary["Reason"] as PdfString)?.Text, end == file.Length)));
        }
        signatures.AddRange(found.OrderBy(f => f.Revision).ThenBy(f => f.Signature.Field, StringComparer.Ordinal).Select(f => f.Signature));
        var unsigned = Enumerable.Range(original, revisions.Sections.Count - original).Count(r => !signedRevisions.Contains(r));
        if (unsigned > 0 && problems.Count == 0 && signatures.Count > 0)
            notes.Add($"{Plural(unsigned, "update adds", "updates add")} no signature (validation data or document information only)");
    }

    /// <summary>The first appended revision whose cross-reference section defines object <paramref name="number"/>.</summary>
    private static int RevisionDefining(PdfRevisions revisions, int original, int number)
    {
        for (var i = revisions.Sections.Count - 1; i >= original; i--)
            if (revisions.Sections[i].Entries.TryGetValue(number, out var e) && e.Kind != XrefKind.Free)
                return i;
        return -1;
    }

    /// <summary>A signature covers [0, a) and [b, b + c): the gap must be exactly its own /Contents hex string and the
    /// second range must end where its update ends.</summary>
    private static string? ByteRangeProblem(byte[] file, PdfDictionary signature, PdfIndirectObject obj, int revisionEnd)
    {
        if (signature["ByteRange"] is not PdfArray { Items: [PdfNumber s, PdfNumber a, PdfNumber b, PdfNumber c] })
            return "has no byte range of four numbers";
        long start = s.AsLong, gap = a.AsLong, resume = b.AsLong, length = c.AsLong;
        if (start != 0 || gap <= obj.Start || resume > obj.End || gap >= resume || resume + length > file.Length)
            return "has a byte range that does not leave out exactly its own signature value";
        if (file[gap] != '<' || file[resume - 1] != '>')
            return "has a byte range whose gap is not its signature value";
        if (resume + length != revisionEnd)
            return string.Create(CultureInfo.InvariantCulture,
                $"covers the file up to byte {resume + length}, but its update ends at byte {revisionEnd}: part of it is unsigned");
        return null;
    }

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
