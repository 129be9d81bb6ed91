using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>
/// Per question: "3 companies declined question 1a (Products and clients), all citing confidentiality: …".
/// A decline cites confidentiality when its answer carries the confidentiality_decline topic.
/// </summary>
internal sealed class DeclinedQuestionRule : IFindingRule
{
    public const string Id = "declined-question";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        foreach (var (question, declined) in context.QuestionsWith(AnswerStatus.Declined))
        {
            var citing = declined.Count(c => context.View.Cell(c, question).Topics.Contains(Topic.ConfidentialityDecline));
            var reason = citing == 0 ? string.Empty
                : citing == declined.Length ? (citing == 1 ? ", citing confidentiality" : ", all citing confidentiality")
                : $", {citing} of them citing confidentiality";
            var names = FindingContext.Names(declined);
            var text = $"{Phrases.Count(declined.Length, "company", "companies")} declined question {FindingContext.Name(question)}{reason}: {Phrases.List(names)}.";
            yield return new Finding(Id, text) { Companies = names, Questions = [question.Id] };
        }
    }
}
