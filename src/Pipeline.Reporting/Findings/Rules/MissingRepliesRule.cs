using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>
/// "1 company's reply could not be read, so what it said is missing from every figure: Aldercrest Systems (… the file is
/// cut off …)." — and likewise for replies the campaign records that no file brought. Every count below depends on it.
/// </summary>
internal sealed class MissingRepliesRule : IFindingRule
{
    public const string Id = "missing-replies";

    public IEnumerable<Finding> Find(FindingContext context)
    {
        var missing = context.View.Companies.Where(c => c.Replied() && c.ReplyNotIndexed).ToList();
        var unattributed = context.View.Source.UnattributedUnread;
        if (missing.Count == 0 && unattributed.IsDefaultOrEmpty)
        {
            yield break;
        }

        var whose = missing.Select(c => $"{c.Name} ({c.MissingReason})").Concat(unattributed.OrEmpty().Select(u => $"a company not known ({u.Reason})")).ToList();
        var names = FindingContext.Names(missing);
        var text = whose.Count == 1
            ? $"1 reply is not in the index, so what it says is missing from every figure: {whose[0]}."
            : $"{whose.Count} replies are not in the index, so what they say is missing from every figure: {Phrases.List(whose)}.";
        yield return new Finding(Id, text) { Companies = names };
    }
}
