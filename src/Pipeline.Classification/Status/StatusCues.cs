using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Cue patterns (English, French, German) for what an answer does besides refusing sentence by sentence
/// (<see cref="RefusalCues"/>) or refusing the questionnaire as a whole (<see cref="QuestionnaireRefusalCues"/>): keeping
/// part of an answer back on a condition, and pointing elsewhere instead of describing.
/// </summary>
public static partial class StatusCues
{
    /// <summary>
    /// A commitment or answer given on a condition that keeps part of it back: "we will not list individual agencies by
    /// name without their consent", "for other contracts we would need the consent of the customer", "customer-specific
    /// information is subject to contractual confidentiality", "our customers have asked us not to name the agencies",
    /// "customer names we can only share where the customer agrees", "nur weiter, wenn diese ausdrücklich zustimmen", and
    /// deferring to the clients: "information about our customers is a matter for them", "customer names depend on their
    /// consent". The answer then leaves out part of what was asked — partial, not declined (it does answer) and not
    /// answered.
    /// </summary>
    public static bool KeepsPartBack(string text) => Withholding().IsMatch(Checked(text));

    /// <summary>
    /// An answer that points elsewhere or stays general instead of describing: "our Code of Business Ethics … is publicly
    /// available on our website", "describe our general approach to human rights", "robust processes in place", "we will
    /// consider your request". The gold
    /// reads these as partial: the question is addressed "only in vague general terms".
    /// </summary>
    public static bool PointsElsewhere(string text) => Vague().IsMatch(Checked(text));

    private static string Checked(string text) => text ?? throw new ArgumentNullException(nameof(text));

    [GeneratedRegex(
        @"\b(?:without\s+(?:their|the|its|his|her|prior)\s+(?:\w+\s+){0,2}(?:consent|agreement|approval|permission)|(?:would|will)\s+need\s+(?:the|its|their)\s+(?:\w+\s+){0,2}(?:consent|agreement|approval|permission)|subject\s+to\s+(?:\w+\s+){0,2}confidentiality|(?:asked|requested)\s+(?:us\s+)?not\s+to\b|sans\s+(?:leur|son|l')\s*(?:accord|consentement)|ohne\s+(?:deren|dessen|ihre|seine)\s+(?:Zustimmung|Einwilligung)|only\s+(?:\w+\s+){0,2}(?:where|when|if)\s+(?:\w+\s+){0,4}(?:agrees?|consents?)\b|nur\b[^.;]{0,30}?\bwenn\b[^.;]{0,40}?(?:zustimm|einwillig|einverstanden)|(?:seulement|uniquement)\s+(?:si|lorsque|avec)\b[^.;]{0,40}?(?:accord|consent)|(?:is|are)\s+(?:,\s*however,\s*)?(?:a\s+matter\s+for\s+(?:them|it|the\s+\w+)|for\s+(?:them|it|the\s+\w+)\s+to\s+(?:disclose|decide|say|publish|share))\b|depends?\s+on\s+(?:their|its|the\s+\w+(?:'s)?)\s+(?:\w+\s+)?consent|relève\s+de\s+(?:leur|sa)\s+(?:seule\s+)?(?:responsabilité|décision)|(?:ist|sind)\s+Sache\s+(?:der|des|unserer|ihrer)\s+\w+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Withholding();

    [GeneratedRegex(
        @"\b(?:(?:is|are)\s+(?:publicly\s+)?available\s+on\s+our\s+(?:web\s*site|homepage)|published\s+on\s+our\s+(?:web\s*site|homepage)|(?:our|a)\s+general\s+approach|robust\s+(?:processes|procedures|systems)|auf\s+unserer\s+(?:Webseite|Website|Internetseite)\s+(?:\w+\s+){0,2}(?:abrufbar|verfügbar|veröffentlicht)|(?:disponible|publiée?s?)\s+sur\s+notre\s+site|(?:will|would|shall)\s+consider\s+(?:your|the|this)\s+request)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
