using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A review instead of an answer: asked whether it plans to stop selling to countries with a poor human-rights record (a
/// question expecting <c>exit_and_restrictions</c>), an answer that says only that its presence is "kept under review",
/// that each case is decided "case by case" ("im Einzelfall", "au cas par cas") or that it is continuously monitored,
/// and never says whether it plans to stop — no "no plans", no decision taken, no "we will not withdraw" — answers in
/// part: every development writer's "only says engagements are kept under review, no answer on plans". An answer that
/// states its plans as well is left to the other rules.
/// </summary>
public static partial class ReviewInsteadOfPlans
{
    /// <summary>Whether <paramref name="text"/> speaks of keeping things under review and states no plan.</summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Review().IsMatch(text) && !StatesPlans().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:under\s+(?:constant\s+|regular\s+|ongoing\s+|continuous\s+)?review|keeps?\s+\w+(?:\s+\w+)?\s+under\s+review|case[- ]by[- ]case|im\s+Einzelfall|au\s+cas\s+par\s+cas|(?:continuously|constantly|regularly|periodically)\s+(?:review|evaluat|monitor|assess)\w*|(?:review|evaluat|monitor|assess)\w*\s+(?:\w+\s+){0,4}(?:continuously|constantly|regularly|periodically)|laufend\s+überprüf\w*|überprüfen\s+\w+\s+(?:\w+\s+){0,4}laufend|no\s+decision|reconsider|réexamin\w*|réévalu\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Review();

    [GeneratedRegex(
        @"\b(?:no\s+(?:\w+\s+)?(?:plans?|intention)|not\s+(?:plan|intend)\w*|(?:do|does)\s+not\s+have\s+(?:any\s+)?(?:\w+\s+)?plans?|have\s+(?:stopped|ceased|suspended|withdrawn|decided)|decided|will\s+(?:not\s+)?(?:withdraw|exit|stop|cease|leave|continue)|keine\w*\s+(?:\w+\s+)?(?:Pläne|Absicht)|pas\s+l'intention|n'envisage\w*\s+pas|ne\s+prévoy\w+\s+pas|beschlossen|entschieden|décidé|not\b[^.;]{0,30}\b(?:withdraw\w*|exit\w*|leav\w*|stop\w*|ceas\w*)|(?:planen|beabsichtigen)\s+wir\s+nicht|nicht\s+(?:geplant|beabsichtigt|vorgesehen))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesPlans();
}
