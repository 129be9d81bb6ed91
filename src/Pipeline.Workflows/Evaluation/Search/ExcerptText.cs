using System.Globalization;
using System.Text;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>
/// Text as excerpts are compared with segments: letters and digits only, lower-cased, accents kept, so that line
/// breaks, hyphenation ("speak-\nup"), quotes and spacing differences do not hide a match.
/// </summary>
internal static class ExcerptText
{
    public static string Normalise(string text)
    {
        var normalised = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                normalised.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return normalised.ToString();
    }
}
