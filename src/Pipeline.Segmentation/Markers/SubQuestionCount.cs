using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// Tells a letter that numbers its answers by counting the sub-questions ("Point 1" … "Point 9" for 1a … 3, "Points 5
/// and 6" for 2b and 2c): it names, after a keyword, a number past the questionnaire's highest question number but
/// within its count of questions. Bare numbers ("4.") are left out: a run of them is an enclosed document's own clauses
/// (<see cref="NumberedLists"/>).
/// </summary>
internal static class SubQuestionCount
{
    public static bool IsUsedBy(Campaign campaign, ImmutableArray<ReplyUnit> units)
    {
        var highest = campaign.Questions.Select(q => int.TryParse(q.Id.Number, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var count = campaign.Questions.Length;
        return count > highest && units
            .Where(u => !u.IsTablePart)
            .Select(u => MarkerParser.Parse(u.Head.Text))
            .Where(m => m is { Kind: MarkerKind.Keyword } && m.References.All(r => r.Letter is null))
            .SelectMany(m => m!.References)
            .Any(r => r.Number > highest && r.Number <= count);
    }
}
