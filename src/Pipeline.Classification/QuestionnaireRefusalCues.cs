using System.Text.RegularExpressions;

namespace Pipeline.Classification;

/// <summary>
/// How a reply refuses the questionnaire as a whole, in English, French and German — one place for routing and status,
/// which must agree on what such a refusal is.
/// <list type="bullet">
/// <item><see cref="SaysItCannotAnswer"/>: an inability, or a standing practice that amounts to one ("we are not able to
/// respond to the individual questions in your letter", "this prevents us from answering your questionnaire", "as a
/// matter of company practice, Arkwell does not respond to individual questionnaires", "we will not be responding to the
/// questions in your questionnaire"; not "unable to answer your questions about our customers", which refuses what it
/// names), "nous ne sommes pas en mesure de répondre à votre
/// questionnaire", "können wir Ihre Fragen nicht beantworten").</item>
/// <item><see cref="RefusesTheQuestionnaire"/>: that, or a choice not to take part or say more ("has decided not to
/// participate", "we do not intend to comment on the remaining questions", "we will therefore not be answering the remaining
/// questions", "must therefore decline your remaining questions", "von einer Beantwortung des Fragebogens
/// absehen").</item>
/// </list>
/// A refusal of some information ("we cannot disclose our clients") is neither.
/// </summary>
public static partial class QuestionnaireRefusalCues
{
    /// <summary>The company says it cannot answer the questionnaire (not that it chooses not to).</summary>
    public static bool SaysItCannotAnswer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CannotEnglish().IsMatch(text) || CannotFrench().IsMatch(text) || CannotGerman().IsMatch(text);
    }

    /// <summary>
    /// The company cannot or will not answer the questionnaire, or the rest of it. Present tense only — "in 2022 we
    /// declined to take part" introduces this year's answers.
    /// </summary>
    public static bool RefusesTheQuestionnaire(string text) => SaysItCannotAnswer(text) || Chooses().IsMatch(text);

    /// <summary>
    /// The sentence speaks of taking part in the survey itself ("In 2022 we declined to take part in your survey.", "we are
    /// pleased to respond to your questionnaire"), refusing or not: it is about the exchange of letters, not the
    /// company's business, so it is no evidence of what the paragraph answers.
    /// </summary>
    public static bool SpeaksOfTheQuestionnaire(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return RefusesTheQuestionnaire(sentence) || TakingPart().IsMatch(sentence);
    }

    [GeneratedRegex(@"\b(?:(?:take|took|taken|taking)\s+part|participat\w*|respond\w*|repl(?:y|ied|ying)|answer\w*)\s+(?:in|to)\s+(?:your|the|this|that)\s+(?:\d{4}\s+)?(?:survey|questionnaire|study|outreach)\b|\b(?:à\s+votre|au)\s+questionnaire\b|\b(?:an\s+Ihrer|Ihre[nm]?)\s+(?:Umfrage|Fragebogen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakingPart();

    [GeneratedRegex(@"\b(?:not\s+(?:able|in\s+a\s+position)\s+to|unable\s+to|cannot|can\s+not|(?:will|shall)\s+not\s+be|prevents?\s+us\s+from|must\s+refrain\s+from)\s+(?:\w+\s+){0,3}(?:respond(?:ing)?|answer(?:ing)?|reply(?:ing)?)\s+(?:to\s+)?(?:your|the|these|this)\s+(?:remaining\s+|other\s+|outstanding\s+)?(?:individual\s+|specific\s+|detailed\s+)?(?:questions|questionnaire|survey)\b(?!\s+(?:about|on|regarding|concerning|relating\s+to|as\s+to)\b)|\b(?:does|do)\s+not\s+(?:as\s+a\s+(?:rule|matter\s+of\s+\w+)\s+)?(?:respond|reply)\s+to\s+(?:individual\s+|such\s+|third[- ]party\s+)?(?:questionnaires|surveys)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CannotEnglish();

    [GeneratedRegex(@"\b(?:pas\s+en\s+mesure\s+de|ne\s+pouvons\s+pas|impossible\s+de)\s+(?:\w+\s+){0,2}répondre\s+(?:à\s+)?(?:votre|vos|ce|ces|au|aux)\s+(?:\w+\s+)?(?:questionnaire|questions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CannotFrench();

    [GeneratedRegex(@"\b(?:Ihren?|den|die|diesen?)\s+(?:\w+\s+)?(?:Fragebogen|Fragen)\s+(?:\w+\s+){0,3}nicht\s+(?:\w+\s+){0,2}beantworten\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CannotGerman();

    [GeneratedRegex(
        @"\b(?:(?:decided|chosen|choose|decline|must\s+decline|unable|not\s+able|not\s+in\s+a\s+position|do\s+not\s+propose|does\s+not\s+propose)\s+(?:\w+\s+){0,2}(?:not\s+)?(?:to\s+)?(?:participate|take\s+part|respond\s+(?:further\s+)?to\s+(?:the|your)\s+(?:remaining\s+|other\s+|outstanding\s+)?(?:individual\s+|specific\s+)?(?:questions?|questionnaire|survey)|answer\s+(?:the|your)\s+(?:remaining\s+|other\s+|outstanding\s+)?(?:individual\s+|specific\s+)?(?:questions?|questionnaire|survey)|(?:the|your)\s+(?:remaining|other|outstanding)\s+questions|complete\s+(?:the|your)\s+(?:questionnaire|survey))|(?:will|shall)\s+(?:therefore\s+)?not\s+be\s+(?:answering|responding\s+to)\s+(?:the|your)\s+(?:remaining|other|outstanding|individual|specific)\s+questions|(?:do|does|will)\s+not\s+(?:intend|propose|wish)\s+to\s+(?:comment\s+on|respond\s+to|reply\s+to|answer)\s+(?:the\s+)?(?:remaining|other|individual|specific)\s+questions|ne\s+(?:pas\s+)?(?:répondre|participer)\s+(?:à\s+)?(?:votre|ce)\s+(?:questionnaire|enquête)|von\s+einer\s+(?:Beantwortung|Teilnahme)\s+(?:\w+\s+){0,3}ab(?:sehen|zusehen)|(?:Fragebogen|Fragen)\s+(?:\w+\s+){0,4}nicht\s+(?:\w+\s+){0,2}beantworten)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chooses();
}
