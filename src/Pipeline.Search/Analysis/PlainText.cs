using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Miscellaneous;

namespace Pipeline.Search.Analysis;

/// <summary>
/// Brings a wildcard, fuzzy, regex or range term to the form of the words in <see cref="Schema.SegmentFields.TextPlain"/>
/// (lower case, Arabic normalised, diacritics folded) without touching its syntax: only letters change, and the
/// characters that carry meaning in patterns are ASCII, which folding leaves alone.
/// </summary>
internal static class PlainText
{
    private static readonly ArabicNormalizer Arabic = new();

    public static string Normalise(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var lower = pattern.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        var length = Arabic.Normalize(lower, lower.Length);

        // Folding may lengthen the text (æ → ae); the output buffer of four times the input is what ASCIIFoldingFilter uses.
        var folded = new char[Math.Max(1, 4 * length)];
        var foldedLength = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, length);
        return new StringBuilder(foldedLength).Append(folded, 0, foldedLength).ToString();
    }
}
