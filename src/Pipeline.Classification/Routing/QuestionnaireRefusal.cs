using System.Text.RegularExpressions;

namespace Pipeline.Classification.Routing;

/// <summary>
/// A paragraph saying the company cannot answer the questionnaire as a whole ("we are therefore not able to respond to
/// the individual questions in your letter", "this prevents us from answering your questionnaire", "nous ne sommes pas
/// en mesure de répondre à votre questionnaire", "können wir Ihre Fragen nicht beantworten"). A choice not to say more
/// ("we do not propose to respond further") is not an inability and is left to the topic.
/// </summary>
internal static partial class QuestionnaireRefusal
{
    public static bool Is(string text) => English().IsMatch(text) || French().IsMatch(text) || German().IsMatch(text);

    [GeneratedRegex(@"\b(?:not\s+(?:able|in\s+a\s+position)\s+to|unable\s+to|cannot|can\s+not|prevents?\s+us\s+from|must\s+refrain\s+from)\s+(?:\w+\s+){0,3}(?:respond(?:ing)?|answer(?:ing)?|reply(?:ing)?)\s+(?:to\s+)?(?:your|the|these|this)\s+(?:individual\s+|specific\s+|detailed\s+)?(?:questions|questionnaire|survey)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:pas\s+en\s+mesure\s+de|ne\s+pouvons\s+pas|impossible\s+de)\s+(?:\w+\s+){0,2}répondre\s+(?:à\s+)?(?:votre|vos|ce|ces|au|aux)\s+(?:\w+\s+)?(?:questionnaire|questions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"\b(?:Ihren?|den|die|diesen?)\s+(?:\w+\s+)?(?:Fragebogen|Fragen)\s+(?:\w+\s+){0,3}nicht\s+(?:\w+\s+){0,2}beantworten\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();
}
