using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// An answer that is nothing but a pointer to another ("2e: Please see our answer to 2c.", "Voir notre réponse à la
/// question 2 c).", "Siehe Antwort zu Frage 2c.") is answered by what it points to: the answer paragraphs of the
/// question referred to answer it too. The question restated or labelled there stays with its own question.
/// </summary>
internal static partial class CrossReferences
{
    public static ImmutableArray<Segment> Resolve(ImmutableArray<Segment> segments, Campaign campaign)
    {
        var pointers = segments
            .Where(s => !s.IsGeneral && s.Passages.Any(p => !p.IsStructure) && s.Passages.Where(p => !p.IsStructure).All(p => Pointer().IsMatch(p.Text)))
            .Select(s => (From: s.Questions, To: Target(s, campaign)))
            .Where(p => p.To is not null)
            .ToList();
        if (pointers.Count == 0)
        {
            return segments;
        }

        var order = campaign.Questions.Select(q => q.Id).ToList();
        var result = ImmutableArray.CreateBuilder<Segment>();
        foreach (var segment in segments)
        {
            var extra = pointers.Where(p => segment.Questions.Contains(p.To!.Value) && !p.From.SequenceEqual(segment.Questions)).SelectMany(p => p.From).ToList();
            if (segment.IsGeneral || extra.Count == 0)
            {
                result.Add(segment);
                continue;
            }

            var structure = segment.Passages.TakeWhile(p => p.IsStructure).ToImmutableArray();
            if (!structure.IsEmpty)
            {
                result.Add(segment with { Passages = structure });
            }

            ImmutableArray<QuestionId> questions = [.. segment.Questions.Concat(extra).Distinct().OrderBy(order.IndexOf)];
            result.Add(segment with { Questions = questions, Passages = segment.Passages[structure.Length..] });
        }

        return result.ToImmutable();
    }

    private static QuestionId? Target(Segment pointer, Campaign campaign)
    {
        var match = Pointer().Match(pointer.Passages.First(p => !p.IsStructure).Text);
        return QuestionId.TryParse(match.Groups["num"].Value + match.Groups["let"].Value, out var id)
            && campaign.FindQuestion(id) is not null && !pointer.Questions.Contains(id)
            ? id
            : null;
    }

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:see|refer\s+to|cf\.?|voir|veuillez\s+vous\s+(?:référer|reporter)\s+à|siehe|vgl\.?|wir\s+verweisen\s+auf)\s+(?:also\s+|aussi\s+|auch\s+)?(?:our|notre|unsere?|die|la)?\s*(?:answer|response|reply|réponse|antwort|ausführungen)?\s*(?:to|under|à|zu|unter)?\s*(?:la\s+)?(?:question|frage|point|q\.?)?\s*(?:n[°º]\s*)?(?<num>\d{1,2})\s*\(?(?<let>[a-z])?\)?\s*(?:above|below|ci-dessus|ci-dessous|oben|unten)?\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pointer();
}
