using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A refusal of the questionnaire as a whole, or of the rest of it ("has decided not to participate", "we are not able
/// to respond to the individual questions in your letter", "we do not intend to comment on the remaining questions",
/// "von einer Beantwortung des Fragebogens absehen"): every question the reply does not answer is then declined, not
/// merely unaddressed. A refusal of some information ("we cannot disclose our clients") is not one: the questions it
/// does not touch stay unaddressed. Present tense only — "in 2022 we declined to take part" introduces this year's
/// answers.
/// </summary>
public static partial class BlanketRefusal
{
    public static bool IsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:(?:decided|chosen|choose|decline|must\s+decline|unable|not\s+able|not\s+in\s+a\s+position|do\s+not\s+propose|does\s+not\s+propose)\s+(?:\w+\s+){0,2}(?:not\s+)?(?:to\s+)?(?:participate|take\s+part|respond\s+(?:further\s+)?to\s+(?:the|your)\s+(?:individual\s+|specific\s+)?(?:questions?|questionnaire|survey)|answer\s+(?:the|your)\s+(?:individual\s+|specific\s+)?(?:questions?|questionnaire|survey)|complete\s+(?:the|your)\s+(?:questionnaire|survey))|(?:do|does|will)\s+not\s+(?:intend|propose|wish)\s+to\s+(?:comment\s+on|respond\s+to|reply\s+to|answer)\s+(?:the\s+)?(?:remaining|other|individual|specific)\s+questions|ne\s+(?:pas\s+)?(?:répondre|participer)\s+(?:à\s+)?(?:votre|ce)\s+(?:questionnaire|enquête)|von\s+einer\s+(?:Beantwortung|Teilnahme)\s+(?:\w+\s+){0,3}ab(?:sehen|zusehen)|(?:Fragebogen|Fragen)\s+(?:\w+\s+){0,4}nicht\s+(?:\w+\s+){0,2}beantworten)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
