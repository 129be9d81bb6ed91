using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// Finds paragraphs numbered "1.", "2.", "3." … that are a list of the letter's own rather than the questionnaire's
/// numbering: a run of consecutive numbers that goes past the questionnaire's highest question number (an enclosed
/// policy's clauses "1. Grundsatz" … "7. Verantwortung" under a questionnaire of 3, a letter's own paragraphs numbered
/// 1 to 12) is a list, every item of it. The number is the paragraph's list label where Word or the PDF's layout gave it
/// one, else the start of its text.
/// </summary>
internal static class NumberedLists
{
    /// <summary>Indexes of the units whose leading number belongs to such a list.</summary>
    public static ImmutableHashSet<int> ItemsBeyond(Campaign campaign, ImmutableArray<ReplyUnit> units)
    {
        var highest = campaign.Questions.Select(q => int.TryParse(q.Id.Number, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var items = ImmutableHashSet.CreateBuilder<int>();
        var run = new List<int>();
        var last = 0;
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i].IsTablePart || LeadingNumber(units[i].NumberingText) is not { } number)
            {
                continue;
            }

            if (number != last + 1)
            {
                Close(run, last, highest, items);
                run.Clear();
                if (number != 1)
                {
                    last = 0;
                    continue;
                }
            }

            run.Add(i);
            last = number;
        }

        Close(run, last, highest, items);
        return items.ToImmutable();
    }

    private static void Close(List<int> run, int last, int highest, ImmutableHashSet<int>.Builder items)
    {
        if (last > highest)
        {
            items.UnionWith(run);
        }
    }

    private static int? LeadingNumber(string text) =>
        MarkerParser.Parse(text) is { Kind: MarkerKind.Bare, References: [{ Number: { } n, Letter: null }] } ? n : null;
}
