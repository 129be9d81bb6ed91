using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>"Most questions left not addressed: X and Y (5 of 9 each)." The respondents with the most questions of one status; ties all named.</summary>
/// <param name="id">The rule id.</param>
/// <param name="status">The status counted.</param>
/// <param name="lead">The sentence's opening, e.g. "Most questions left not addressed".</param>
internal sealed class StatusLeadersRule(string id, AnswerStatus status, string lead) : IFindingRule
{
    public const string MostNotAddressed = "most-not-addressed";
    public const string MostAnswered = "most-answered";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        var (count, leaders) = context.Leaders(status);
        if (leaders.IsEmpty)
        {
            yield break;
        }

        var names = FindingContext.Names(leaders);
        var each = names.Length > 1 ? " each" : string.Empty;
        yield return new Finding(id, $"{lead}: {Phrases.List(names)} ({count} of {context.View.Questions.Length}{each}).") { Companies = names };
    }
}
