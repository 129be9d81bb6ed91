using System.Globalization;
using System.Text;

namespace Pipeline.Classification.Training;

/// <summary>
/// Puts a passage into the form the model was trained on: Unicode NFKC, typographic quotes and dashes made plain,
/// every run of digits replaced by a single <c>0</c>, whitespace collapsed.
/// </summary>
/// <remarks>
/// Digits are folded because question markers ("2(d)"), years and counts name no topic by their value, only by being
/// there; keeping the values would let the model learn which question number a training line restated.
/// Case and diacritics are left to the featuriser, which lowers and strips them.
/// </remarks>
internal static class TextNormaliser
{
    public static string Normalise(string text)
    {
        var source = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(source.Length);
        var inDigits = false;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                inDigits = false;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsDigit(c))
            {
                if (!inDigits)
                {
                    builder.Append('0');
                }

                inDigits = true;
                continue;
            }

            inDigits = false;
            builder.Append(Plain(c));
        }

        return builder.ToString();
    }

    private static char Plain(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' ? '"' : '\'',
        UnicodeCategory.DashPunctuation => '-',
        _ => c,
    };
}
