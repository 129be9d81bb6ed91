using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>Per question nobody answered in full: "No respondent answered question 1c (…) in full; 1 answered it in part."</summary>
internal sealed class NoFullAnswerRule : IFindingRule
{
    public const string Id = "no-full-answer";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        if (context.Respondents.IsEmpty)
        {
            yield break;
        }

        foreach (var question in context.View.Questions.Where(q => context.RespondentsWith(q, AnswerStatus.Answered).IsEmpty))
        {
            var partial = context.RespondentsWith(question, AnswerStatus.Partial);
            var tail = partial.IsEmpty ? "." : $"; {partial.Length} answered it in part ({Phrases.List(FindingContext.Names(partial))}).";
            yield return new Finding(Id, $"No respondent answered question {FindingContext.Name(question)} in full{tail}")
            {
                Companies = FindingContext.Names(partial),
                Questions = [question.Id],
            };
        }
    }
}
