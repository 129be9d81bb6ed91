using System.Text.RegularExpressions;

namespace Pipeline.Core.Documents;

/// <summary>
/// The lines that close a letter and answer no question, in English, French and German: the sign-off ("Yours
/// sincerely", "Kind regards", an e-mail's "Best,", "Mit freundlichen Grüßen", "Veuillez agréer …") and the note of what is enclosed ("Enc.:
/// Annex A – Extract from our Human Rights Policy", "P.J. : extrait de la politique …", "Anlage: …"). Segmentation ends
/// the answers at a sign-off; routing sends neither to a question, even when a PDF reads the sign-off, the signatory and
/// the enclosure note as one paragraph.
/// </summary>
public static partial class LetterClosings
{
    /// <summary>A sign-off at the start of <paramref name="text"/>.</summary>
    public static bool IsSignOff(string text) => SignOff().IsMatch(text);

    /// <summary>A note of what the letter encloses, at the start of <paramref name="text"/>.</summary>
    public static bool IsEnclosureNote(string text) => EnclosureNote().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?\s*(?:,|$)|(?:with\s+)?(?:kind|best|warm|warmest)\s+regards|regards\s*(?:,|$)|best(?:\s+wishes)?\s*(?:,|$)|respectfully(?:\s+yours)?\s*(?:,|$)|(?:bien\s+)?cordialement|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|freundliche\s+gr(?:ü|ue)(?:ß|ss)e|hochachtungsvoll|veuillez\s+agr[ée]er|je\s+vous\s+prie\s+d|nous\s+vous\s+prions\s+d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^\s*(?:enc|encl|enclosures?|p\.\s?j|pj|pièces?\s+jointes?|anlagen?|beilagen?)\s*[.:]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnclosureNote();
}
