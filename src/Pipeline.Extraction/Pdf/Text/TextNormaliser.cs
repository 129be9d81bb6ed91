using System.Text;

namespace Pipeline.Extraction.Pdf.Text;

/// <summary>
/// Makes extracted text plain: typographic ligatures expanded, Arabic and Hebrew presentation forms mapped to their letters,
/// odd spaces turned into a plain space, invisible characters (zero-width, direction marks, soft hyphens inside words) dropped.
/// </summary>
internal static class TextNormaliser
{
    /// <summary>True when <paramref name="text"/> needs no change, so callers can skip the copy.</summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c > '~' || c < ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalised form of one glyph's text; soft hyphens are kept (they mark a line-end hyphenation point).</summary>
    public static string Glyph(string value)
    {
        if (value.Length == 1 && IsPlainChar(value[0]))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a glyph separates words (a space of any width).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsPlainChar(char c) => c is >= ' ' and <= '~';

    private static void Append(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\uFB00': builder.Append("ff"); return;
            case '\uFB01': builder.Append("fi"); return;
            case '\uFB02': builder.Append("fl"); return;
            case '\uFB03': builder.Append("ffi"); return;
            case '\uFB04': builder.Append("ffl"); return;
            case '\uFB05' or '\uFB06': builder.Append("st"); return;
            case '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'):
                return;
            case '\u00AD':
                builder.Append(c);
                return;
        }

        if (IsSpace(c))
        {
            builder.Append(' ');
        }
        else if (char.IsControl(c))
        {
            return;
        }
        else if (c is (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE'))
        {
            // Presentation forms are shapes of ordinary letters; searching and classifying need the letters.
            builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
        }
        else
        {
            builder.Append(c);
        }
    }
}
