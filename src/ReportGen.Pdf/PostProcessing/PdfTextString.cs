using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>Writes PDF text strings (ISO 32000-1 §7.9.2) for values such as bookmark titles.</summary>
internal static class PdfTextString
{
    /// <summary>
    /// Printable ASCII becomes a literal string with ( ) \ escaped; anything else becomes a hex string
    /// of UTF-16BE with a byte order mark, which every viewer reads and which no character can break.
    /// </summary>
    public static string Encode(string text)
    {
        if (text.All(character => character is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder(text.Length + 2).Append('(');
            foreach (char character in text)
            {
                if (character is '(' or ')' or '\\')
                {
                    literal.Append('\\');
                }

                literal.Append(character);
            }

            return literal.Append(')').ToString();
        }

        byte[] utf16 = Encoding.BigEndianUnicode.GetBytes(text);
        return "<FEFF" + Convert.ToHexString(utf16) + ">";
    }
}
