using System.Globalization;
using System.Text;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// Compares company names as a reader would: case, accents, punctuation and the legal form ("Ltd.", "GmbH", "S.A.")
/// do not matter; any other word does ("Department Lumaris Telecom Systems" is not "Lumaris Telecom Systems").
/// </summary>
public static class CompanyNameKey
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "spa", "srl", "bv", "nv", "plc", "inc", "llc", "corp",
        "corporation", "co", "kg", "oy", "oyj", "ab", "as", "asa", "se", "kft", "sl", "lda", "pty", "wll", "fze", "fzco",
        "s", "a", "p", "b", "v", "l", "n", "e", "c", "mbh", "aps", "and", "the",
    };

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder();
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)));
    }
}
