using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A channel for insiders only: asked whether people can raise concerns or complaints (a question expecting
/// <c>grievance_mechanism</c>), an answer that describes a
/// whistle-blowing or reporting line for employees (and perhaps suppliers, contractors or partners) and never says that
/// anyone outside — the public, affected people, migrants, travellers, third parties — may use it answers in part: the
/// gold's "whistle-blowing channel for employees only, nothing for affected people", marked so by every writer of the
/// development campaigns. An answer that says no, or that it has set up no mechanism, is left to the other rules.
/// </summary>
public static partial class StaffOnlyChannels
{
    /// <summary>Whether <paramref name="text"/> speaks of staff and never of anyone outside, and does not open with a no.</summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Staff().IsMatch(text) && !Outsiders().IsMatch(text) && !Intermediaries.NamesAffectedPeople(text)
            && !NegativeAnswers.SaysNo(text) && !NoMechanism().IsMatch(text);
    }

    /// <summary>"we have not set up a formal grievance mechanism", "no hotline exists": a no, whatever comes before it.</summary>
    [GeneratedRegex(@"\b(?:not|no|nicht|kein\w*|pas|aucun\w*)\b[^.;]{0,40}\b(?:grievance|mechanism|channel|hotline|procedure|Beschwerde\w*|Hinweisgeber\w*|mécanisme|dispositif|procédure)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoMechanism();

    [GeneratedRegex(
        @"\b(?:employees?|staff|workforce|personnel|colleagues|workers|Mitarbeite\w*|Beschäftigte\w*|Belegschaft|salariés?|collaborateurs?|collaboratrices?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Staff();

    /// <summary>Anyone outside the company who is not an affected person (those are <see cref="Intermediaries.NamesAffectedPeople"/>).</summary>
    [GeneratedRegex(
        @"\b(?:anyone|anybody|everyone|everybody|external\w*|outsiders?|outside\s+(?:the\s+)?(?:company|group)|third[- ]part\w*|public|rights[- ]holders?|stakeholders?|civil\s+society|NGOs?|all|externe?s?|extérieur\w*|Dritte\w*|jede\w*|alle|Außenstehende\w*|Öffentlichkeit|toute\s+personne|tiers|toute\s+partie)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Outsiders();
}
