using Pipeline.Core.Campaigns;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>"5 of 24 companies replied (21%); 19 did not respond." Counts the campaign's list only; refusals to take part are named.</summary>
internal sealed class ResponseRateRule : IFindingRule
{
    public const string Id = "response-rate";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        var listed = context.View.Companies.Where(c => c.Listed).ToList();
        if (listed.Count == 0)
        {
            yield break;
        }

        var replied = listed.Where(c => c.Replied()).ToList();
        var declined = replied.Where(c => c.Status == ResponseStatus.Declined).Select(c => c.Name).ToList();
        var text = $"{replied.Count} of {Phrases.Count(listed.Count, "company", "companies")} replied ({Phrases.Percent(replied.Count, listed.Count)})";
        if (declined.Count > 0)
        {
            text += $", {declined.Count} of them declining to take part ({Phrases.List(declined)})";
        }

        yield return new Finding(Id, $"{text}; {listed.Count - replied.Count} did not respond.") { Companies = FindingContext.Names(replied) };
    }
}
