using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// Collects new and replaced objects and appends them to a finished PDF as an incremental update
/// (ISO 32000-1 §7.5.6): the original bytes stay untouched, followed by the objects, a cross-reference
/// section for just those objects, and a trailer whose /Prev points at the previous section.
/// </summary>
internal sealed class PdfIncrementalUpdate(PdfFileStructure file)
{
    private static readonly string[] TrailerKeysReplaced = ["Size", "Prev", "XRefStm"];
    private readonly SortedDictionary<int, (int Generation, byte[] Body)> _objects = [];

    /// <summary>Adds object <paramref name="number"/> (new, or a new revision of an existing one).</summary>
    public void Add(int number, int generation, byte[] body) => _objects[number] = (generation, body);

    /// <summary>Adds a new object whose body is ASCII PDF syntax.</summary>
    public void Add(int number, string body) => Add(number, 0, Encoding.ASCII.GetBytes(body));

    /// <summary>Writes the update at the end of <paramref name="pdf"/>, which holds the file that was read.</summary>
    public void AppendTo(Stream pdf)
    {
        pdf.Seek(0, SeekOrigin.End);
        WriteTo(pdf);
        pdf.Flush();
    }

    /// <summary>Writes only the update's bytes to <paramref name="destination"/>, which must already hold (or have
    /// been given) the original file: offsets count from the original's start.</summary>
    public void WriteTo(Stream destination)
    {
        byte[] original = file.Parser.Data;
        var update = new MemoryStream();
        if (original.Length > 0 && original[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            update.WriteByte((byte)'\n');
        }

        var offsets = new Dictionary<int, long>();
        foreach ((int number, (int generation, byte[] body)) in _objects)
        {
            offsets[number] = original.Length + update.Length;
            WriteAscii(update, $"{number} {generation} obj\n");
            update.Write(body);
            WriteAscii(update, "\nendobj\n");
        }

        long xrefOffset = original.Length + update.Length;
        WriteAscii(update, CrossReferenceSection(offsets));
        WriteTrailer(update, original, xrefOffset);
        destination.Write(update.GetBuffer(), 0, (int)update.Length);
    }

    private string CrossReferenceSection(Dictionary<int, long> offsets)
    {
        var section = new StringBuilder("xref\n");
        int[] numbers = [.. _objects.Keys];
        for (int runStart = 0; runStart < numbers.Length; )
        {
            int runEnd = runStart;
            while (runEnd + 1 < numbers.Length && numbers[runEnd + 1] == numbers[runEnd] + 1)
            {
                runEnd++;
            }

            section.Append(CultureInfo.InvariantCulture, $"{numbers[runStart]} {runEnd - runStart + 1}\n");
            for (int index = runStart; index <= runEnd; index++)
            {
                int number = numbers[index];
                // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte end of line.
                section.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} {_objects[number].Generation:D5} n \n");
            }

            runStart = runEnd + 1;
        }

        return section.ToString();
    }

    private void WriteTrailer(MemoryStream update, byte[] original, long xrefOffset)
    {
        int oldSize = file.Trailer["Size"] is PdfNumber size ? (int)size.Value : 0;
        int newSize = Math.Max(oldSize, _objects.Keys.Max() + 1);
        WriteAscii(update, "trailer\n<<");
        foreach ((PdfName key, PdfValue value) in file.Trailer.Entries)
        {
            if (!TrailerKeysReplaced.Contains(key.Value))
            {
                update.Write(original.AsSpan(key.Start, key.End - key.Start));
                update.WriteByte((byte)' ');
                update.Write(original.AsSpan(value.Start, value.End - value.Start));
                update.WriteByte((byte)'\n');
            }
        }

        WriteAscii(update, string.Create(CultureInfo.InvariantCulture,
            $"/Size {newSize}\n/Prev {file.LastXrefOffset}>>\nstartxref\n{xrefOffset}\n%%EOF\n"));
    }

    private static void WriteAscii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
