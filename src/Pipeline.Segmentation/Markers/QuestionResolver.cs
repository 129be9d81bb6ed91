using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// Turns written references into the questionnaire's question ids: "2(b)" → 2b, "(c)" under 2 → 2c,
/// "1a to 1c" → 1a, 1b, 1c, and a bare "2" → 2 when the questionnaire has it, else all of 2's sub-questions. In a letter
/// that counts the sub-questions (<paramref name="countsSubQuestions"/>, <see cref="SubQuestionCount"/>), a number after
/// a keyword is the n-th question: "Point 4" → 2a.
/// </summary>
internal sealed class QuestionResolver(Campaign campaign, bool countsSubQuestions = false)
{
    private readonly ImmutableArray<QuestionId> _order = [.. campaign.Questions.Select(q => q.Id)];

    /// <summary>The position of <paramref name="id"/> in questionnaire order; -1 when absent.</summary>
    public int IndexOf(QuestionId id) => _order.IndexOf(id);

    /// <summary>The ids meant, in order without repeats; empty when any reference names no question of this campaign.</summary>
    public ImmutableArray<QuestionId> Resolve(RawMarker marker, int? contextNumber)
    {
        var result = new List<QuestionId>();
        int? number = contextNumber;
        foreach (var reference in marker.References)
        {
            number = reference.Number ?? number;
            if (number is null)
            {
                return [];
            }

            var ids = countsSubQuestions && marker.Kind == MarkerKind.Keyword && reference.Letter is null
                ? NthQuestion(number.Value)
                : IdsFor(number.Value, reference.Letter);
            if (ids.IsEmpty)
            {
                return [];
            }

            if (reference.RangeFromPrevious && result.Count > 0)
            {
                var from = IndexOf(result[^1]);
                var to = IndexOf(ids[^1]);
                if (from < 0 || to < from)
                {
                    return [];
                }

                result.AddRange(_order[(from + 1)..(to + 1)]);
            }
            else
            {
                result.AddRange(ids);
            }
        }

        return [.. result.Distinct()];
    }

    private ImmutableArray<QuestionId> NthQuestion(int number) => number >= 1 && number <= _order.Length ? [_order[number - 1]] : [];

    private ImmutableArray<QuestionId> IdsFor(int number, char? letter)
    {
        var parent = number.ToString();
        if (letter is not null)
        {
            return QuestionId.TryParse(parent + letter, out var id) && _order.Contains(id) ? [id] : [];
        }

        if (QuestionId.TryParse(parent, out var whole) && _order.Contains(whole))
        {
            return [whole];
        }

        return [.. _order.Where(q => q.Number == parent)];
    }
}
