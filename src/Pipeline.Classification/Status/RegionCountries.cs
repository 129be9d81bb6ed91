using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Countries of the Middle East and North Africa — the region the questionnaires ask about — in English, French,
/// German and Arabic, with their adjectives, the French and German ones in lower case too ("Jordanian", "la gendarmerie
/// royale marocaine", "die ägyptische Küstenwache"). A question that asks "which … countries" is answered only in
/// part by an answer that names none ("the coast guard of one North African country", "two government customers in the
/// Gulf"): giving products but not countries is the gold's own example of a partial answer.
/// </summary>
public static partial class RegionCountries
{
    /// <summary>Whether the question asks which countries.</summary>
    public static bool AreAskedFor(string questionText)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        return AsksWhich().IsMatch(questionText);
    }

    /// <summary>Whether <paramref name="text"/> names a country of the region.</summary>
    public static bool AreNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Countries().IsMatch(text);
    }

    [GeneratedRegex(@"\bwhich\b[^?.]{0,80}\bcountries\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhich();

    [GeneratedRegex(
        @"\b(?:Alg[eé]ri\w*|Alger\w*|Bahr[ae]in\w*|Egypt\w*|[ÉE]gypt\w*|[ÄA]gypt\w*|Iran\w*|Ira[qk]\w*|Isra[eë]l\w*|Jordan\w*|Jordani\w*|Kuwait\w*|Koweït\w*|Leban\w*|Liban\w*|Libanon|Liby\w*|Libye\w*|Morocc\w*|Maroc\w*|Marokk\w*|Oman\w*|Palestin\w*|Pal[äa]stin\w*|Qatar\w*|Katar\w*|Saudi\w*|Saoudi\w*|Syri\w*|Tunisi\w*|Tunes\w*|Turk\w*|Türk\w*|Turquie|United\s+Arab\s+Emirates|Emirat\w*|UAE|VAE|Yemen\w*|Y[ée]men\w*|Jemen\w*|Sudan\w*|Soudan\w*|Maurit\w*|Western\s+Sahara|Sahara\s+occidental|Westsahara|Gaza|West\s+Bank"
        + @"|marocain\w*|[ée]gyptien\w*|tunisien\w*|mauritanien\w*|alg[ée]rien\w*|libyen\w*|jordanien\w*|saoudien\w*|qatari\w*|[ée]mirati\w*|omanais\w*|kowe[ïi]tien\w*|libanais\w*|syrien\w*|irakien\w*|isra[ée]lien\w*|y[ée]m[ée]nite\w*|soudanais\w*"
        + @"|ägyptisch\w*|marokkanisch\w*|tunesisch\w*|libysch\w*|algerisch\w*|jordanisch\w*|saudi-arabisch\w*|katarisch\w*|omanisch\w*|türkisch\w*|maur[ei]tanisch\w*|emiratisch\w*)\b"
        + @"|(?:مصر(?!ف)|المغرب|تونس|الجزائر|ليبيا|الأردن|الإمارات|السعودية|قطر|عُمان|سلطنة\s+عمان|الكويت|البحرين|لبنان|سوريا|العراق|اليمن|موريتانيا|السودان)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Countries();
}
