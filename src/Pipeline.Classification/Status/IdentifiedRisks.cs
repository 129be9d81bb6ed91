using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Human-rights risks an answer names, in English, French, German and Arabic: harms to people ("discrimination",
/// "tracking", "detention", "misuse", "used to monitor protests", "Privatsphäre", "vie privée") or risks stated as such ("the main risks are",
/// "the risk we look for is", "les principaux risques relevés"). A question that asks the company to outline the risks
/// it identified is answered only in part by an answer that names none: "every export is licensed by the authorities"
/// or "we have robust processes in place" says how sales are approved, not which risks were found — the gold's example
/// of a partial answer ("says it has processes without describing them when asked to outline risks"). An answer that
/// says it found none ("we have not identified specific risks linked to migrants") names them as far as it can.
/// </summary>
public static partial class IdentifiedRisks
{
    /// <summary>Whether the question asks the company to outline, describe or list the risks it identified.</summary>
    public static bool AreAskedFor(string questionText)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        return AsksForRisks().IsMatch(questionText);
    }

    /// <summary>Whether <paramref name="text"/> names a human-rights risk or harm.</summary>
    public static bool AreNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Risks().IsMatch(text);
    }

    [GeneratedRegex(@"\b(?:outline|describe|list|share)\b[^?.]{0,40}\brisks?\b|\brisks?\s+(?:you\s+have\s+)?identified\b|\brisques\s+identifiés\b|\bidentifizierten\s+Risiken\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForRisks();

    [GeneratedRegex(
        @"\b(?:discriminat\w*|privacy|private\s+life|data\s+protection|(?:personal|biometric)\s+data|re-?identif\w*|misuse\w*|abuse\w*|profiling|tracking|track\s+(?:people|individuals|persons|migrants|their)|intercept\w*|detention|detain\w*|ill-treatment|mistreat\w*|torture|refoulement|push-?backs?|arbitrar\w*|mass\s+(?:collection|surveillance)|freedom\s+of\s+(?:movement|expression|assembly)|repress\w*|persecut\w*|journalists|activists|dissidents|opposition\s+figures|human\s+rights\s+defenders|(?:used|use|using)\s+(?:\w+\s+)?to\s+(?:monitor|track|target|identify|surveil|intercept|locate|spy)|monitor\w*\s+(?:protest\w*|migrants|refugees|minorities)|"
        + @"risks?\s+(?:of|that|to\s+(?:people|migrants|individuals|the\s+rights)|include\w*|identified\b|(?:we|which\s+we)\s+(?:have\s+)?(?:identified|found|look\s+for|see)|identified\s+(?:are|include|were)|(?:we|which\s+we)\s+(?:consider|assess))|(?:main|principal|key|chief|salient)\s+risks?|(?:not|never)\s+(?:yet\s+)?(?:identified|found)\s+(?:any\s+)?(?:specific\s+|particular\s+|significant\s+)?risks?|no\s+(?:specific\s+|particular\s+|significant\s+)?risks?\s+(?:were\s+|have\s+been\s+|has\s+been\s+)?(?:identified|found)|aucun\s+risque|keine\s+(?:besonderen\s+|konkreten\s+)?Risiken|"
        + @"vie\s+privée|données\s+(?:personnelles|biométriques)|détournement\w*|mauvais\s+traitements?|répression|surveillance\s+de\s+masse|(?:principaux\s+)?risques?\s+(?:de|d'|que|identifiés|relevés|liés)|"
        + @"Diskriminierung\w*|diskriminier\w*|Privatsphäre|Datenschutz\w*|personenbezogene\w*|Missbrauch\w*|missbräuchlich\w*|Verfolgung|Inhaftierung|Zurückweisung\w*|Risiken?\s+(?:von|der|des|wie|bestehen|sehen|sind|für)|(?:wesentliche|wichtigste)n?\s+Risiken|(?:wesentliche|wichtigste|größte)[sn]?\s+Risiko|Risiko\s+(?:ist|besteht|haben\s+wir|sehen\s+wir))\b"
        + @"|(?:الخصوصية|التمييز|إساءة|البيانات\s+الشخصية|الاحتجاز)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Risks();
}
