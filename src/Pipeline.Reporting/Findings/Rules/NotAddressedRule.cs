using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>Per question: "Question 2b (…) was not addressed by 3 of 5 respondents: …" — they replied but said nothing to it.</summary>
internal sealed class NotAddressedRule : IFindingRule
{
    public const string Id = "not-addressed";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        foreach (var (question, silent) in context.QuestionsWith(AnswerStatus.NotAddressed))
        {
            var names = FindingContext.Names(silent);
            var text = $"Question {FindingContext.Name(question)} was not addressed by {silent.Length} of {Phrases.Count(context.Respondents.Length, "respondent", "respondents")}: {Phrases.List(names)}.";
            yield return new Finding(Id, text) { Companies = names, Questions = [question.Id] };
        }
    }
}
