using System.Globalization;

namespace Pipeline.Extraction.Text;

/// <summary>Text direction by the Unicode rule of the first strong character (UAX #9, P2–P3).</summary>
internal static class Bidi
{
    /// <summary>True when the first letter with a strong direction belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…).</summary>
    public static bool StartsRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeftLetter(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRightToLeftLetter(char c) =>
        c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
        && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter;
}
