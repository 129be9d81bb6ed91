using Pipeline.Core.Campaigns;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// The paragraphs of a company's answer that are its own words, as <c>changes</c> and <c>reuse</c> compare them
/// (<see cref="ComparedParagraphs"/>): without courtesies (<see cref="CourtesyLines"/>) and without the campaign's own
/// question restated — a reply that repeats the questionnaire's wording (a table with the questions on the left) has
/// changed or copied nothing when the questionnaire did.
/// </summary>
public sealed class CompanyWords
{
    /// <summary>Share of a paragraph's shingles inside a question's text from which it restates that question.</summary>
    private const double Restated = 0.8;

    private readonly List<HashSet<ulong>> _questions;

    /// <param name="campaigns">The campaigns whose questions a reply may restate.</param>
    public CompanyWords(IEnumerable<Campaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        _questions = [.. campaigns.SelectMany(c => c.Questions).Select(q => Shingles.Of(Words.KeysWithoutLabel(q.Text)))];
    }

    /// <summary>The company's own paragraphs of an answer's text.</summary>
    public IEnumerable<string> Of(string text) =>
        ComparedParagraphs.Split(text).Where(p => !CourtesyLines.IsCourtesy(p) && !IsQuestion(p));

    private bool IsQuestion(string paragraph)
    {
        var keys = Words.KeysWithoutLabel(paragraph);
        if (keys.Length < NearDuplicateFinder.ShortestPassage)
        {
            return false;
        }

        var shingles = Shingles.Of(keys);
        return _questions.Any(q => (double)shingles.Count(q.Contains) / shingles.Count >= Restated);
    }
}
