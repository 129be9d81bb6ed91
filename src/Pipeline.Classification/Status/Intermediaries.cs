using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Engagement with intermediaries instead of the people affected: asked whether it consults affected communities
/// (migrants, refugees, asylum seekers) and human-rights defenders, an answer that speaks only of dialogue with
/// organisations, NGOs, civil society, experts or forums ("We maintain a fluid relationship with non-governmental
/// organisations, academia and international organisations") and never of the people themselves answers in part: the
/// gold's "civil-society dialogue but no migrants". An answer that says it has not consulted them ("We have not
/// consulted migrants or refugees directly; we met two NGOs") names them and is left to the other rules — the gold
/// reads those both ways. On the development replies the gold marks all four answers this finds partial.
/// </summary>
public static partial class Intermediaries
{
    /// <summary>Whether the question asks about consulting affected communities.</summary>
    public static bool ConsultationIsAskedFor(string questionText)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        return AsksForConsultation().IsMatch(questionText);
    }

    /// <summary>
    /// Whether <paramref name="text"/> speaks of organisations and never of affected people, and does not open with a no
    /// ("Not as part of the assessment described above. We met two Slovenian NGOs …" says no first).
    /// </summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Organisations().IsMatch(text) && !AffectedPeople().IsMatch(text) && !NegativeAnswers.SaysNo(text) && !OpensWithNot().IsMatch(text);
    }

    /// <summary>Whether <paramref name="text"/> speaks of the people affected (migrants, refugees, travellers, communities …).</summary>
    internal static bool NamesAffectedPeople(string text) => AffectedPeople().IsMatch(text);

    [GeneratedRegex(@"\bconsult\w*\b[^?]{0,40}\baffected\s+communities\b|\bconsult\w*\b[^?]{0,40}\bcommunautés\s+concernées\b|\bBetroffene\w*\b[^?]{0,40}\bkonsult\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForConsultation();

    [GeneratedRegex(@"^\W*(?:\w{1,4}\W{1,3})?(?:not|nicht|non|pas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensWithNot();

    [GeneratedRegex(
        @"\b(?:NGOs?|non-?governmental|civil[- ]society|organi[sz]ations?|stakeholders?|experts?|forums?|academia|UNHCR|IOM|charit\w*|associations?|Nichtregierungsorganisation\w*|zivilgesellschaft\w*|Stakeholder\w*|Organisation\w*|Verbände|société\s+civile|ONG)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Organisations();

    [GeneratedRegex(
        @"\b(?:migrant\w*|refugee\w*|asylum|affected|communit\w*|residents?|travell?ers?|displaced|people|persons|individuals|defenders?|Betroffene\w*|Geflüchtete\w*|Flüchtling\w*|Menschen|réfugié\w*|personnes|demandeurs|communautés|exilés)\b|لاجئ|مهاجر|المتضرر",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AffectedPeople();
}
