using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Segmentation.Text;

namespace Pipeline.Segmentation.Restatement;

/// <summary>
/// Recognises a question restated before its answer, verbatim or shortened ("Grievance mechanism",
/// "Does your company conduct consultations with affected communities?"), by weighted word overlap with the
/// questionnaire. Words that many questions share ("surveillance", "products") weigh little. Thread-safe.
/// </summary>
internal sealed class QuestionMatcher
{
    private readonly ImmutableArray<(QuestionId Id, HashSet<string> Words, HashSet<string> Asked, double Weight)> _questions;
    private readonly Dictionary<string, double> _idf;

    public QuestionMatcher(Campaign campaign)
    {
        var documents = campaign.Questions
            .Select(q => (q.Id, Words: new HashSet<string>(ContentWords.Of(q.Text + " " + q.ShortTitle), StringComparer.Ordinal), Asked: new HashSet<string>(ContentWords.Of(q.Text), StringComparer.Ordinal)))
            .ToList();
        var n = Math.Max(1, documents.Count);
        _idf = documents.SelectMany(d => d.Words).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1.0 + (double)n / g.Count()), StringComparer.Ordinal);
        _questions = [.. documents.Select(d => (d.Id, d.Words, d.Asked, d.Words.Sum(Weight)))];
    }

    /// <summary>The question <paramref name="text"/> restates, with a score in 0..1; null when none stands out.</summary>
    public (QuestionId Id, double Score)? Match(string text, double minimumScore)
    {
        var words = new HashSet<string>(ContentWords.Of(text), StringComparer.Ordinal);
        var known = words.Where(_idf.ContainsKey).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        // Words the questionnaire never uses count against a match: an answer is not a restated question.
        var textWeight = known.Sum(Weight) + (words.Count - known.Count) * 1.0;
        var scored = _questions
            .Select(q =>
            {
                var sharedWords = known.Where(q.Words.Contains).ToList();
                var shared = sharedWords.Sum(Weight);
                var precision = shared / textWeight;
                var recall = shared / q.Weight;
                // One word in common, and that only with the organisation's own title of the question (not the question
                // the company read): "Our commitments" is no restatement of "Disclosure commitment".
                var titleWordOnly = sharedWords.Count == 1 && !q.Asked.Contains(sharedWords[0]);
                return (q.Id, Score: titleWordOnly ? 0 : precision * (0.6 + (0.4 * Math.Min(1.0, recall * 2))), Precision: precision);
            })
            .OrderByDescending(s => s.Score)
            .ToList();

        var best = scored[0];
        var runnerUp = scored.Count > 1 ? scored[1].Score : 0;
        return best.Score >= minimumScore && best.Precision >= 0.6 && best.Score - runnerUp >= 0.08
            ? (best.Id, Math.Min(1.0, best.Score))
            : null;
    }

    private double Weight(string word) => _idf.GetValueOrDefault(word);
}
