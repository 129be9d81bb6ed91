using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>"1 reply came from a company not on the campaign's list: …" — a subsidiary or a company added late.</summary>
internal sealed class UnlistedRepliesRule : IFindingRule
{
    public const string Id = "unlisted-replies";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        var unlisted = context.View.Companies.Where(c => !c.Listed && c.Replied()).ToList();
        if (unlisted.Count == 0)
        {
            yield break;
        }

        var names = FindingContext.Names(unlisted);
        var text = unlisted.Count == 1
            ? $"1 reply came from a company not on the campaign's list: {names[0]}."
            : $"{unlisted.Count} replies came from companies not on the campaign's list: {Phrases.List(names)}.";
        yield return new Finding(Id, text) { Companies = names };
    }
}
