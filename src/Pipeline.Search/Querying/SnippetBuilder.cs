using System.Collections.Immutable;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Pipeline.Search.Analysis;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>Cuts the best-matching passage of a segment's text and says where the matched words are in it. One per search.</summary>
/// <remarks>
/// The text is re-analysed twice, as it was indexed: with its language's stemming analyser for words and phrases, and
/// unstemmed for wildcard, fuzzy, regex and range terms; a word is marked when either analysis matches the query
/// (phrases only where the phrase matches). <paramref name="query"/> must be rewritten: its multi-term parts expanded into words.
/// </remarks>
internal sealed class SnippetBuilder(Query query)
{
    /// <summary>Target snippet length in characters.</summary>
    public const int FragmentSize = SnippetWindow.DefaultSize;

    private readonly Dictionary<string, QueryScorer> _scorers = [];

    public (string Snippet, ImmutableArray<MatchSpan> Matches) Build(string text, string language)
    {
        var matched = Matched(text, SegmentFields.TextFieldFor(language)).Concat(Matched(text, SegmentFields.TextPlain));
        return SnippetWindow.Cut(text, Merge(matched), FragmentSize);
    }

    private List<(int Start, int End)> Matched(string text, string field)
    {
        var scorer = ScorerFor(field);
        using var tokens = IndexAnalyzers.PerField.GetTokenStream(field, text);
        var offsets = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();

        // Position-sensitive queries (phrases) make the scorer read the tokens first and hand back a replay of them.
        var stream = scorer.Init(tokens) ?? tokens;
        scorer.StartFragment(null);
        var found = new List<(int, int)>();
        while (stream.IncrementToken())
        {
            if (scorer.GetTokenScore() > 0)
            {
                found.Add((offsets.StartOffset, offsets.EndOffset));
            }
        }

        stream.End();
        return found;
    }

    private QueryScorer ScorerFor(string field)
    {
        if (!_scorers.TryGetValue(field, out var scorer))
        {
            scorer = new QueryScorer(query, field);

            // Left at 0, the phrase check would see none of the text.
            scorer.SetMaxDocCharsToAnalyze(int.MaxValue);
            _scorers[field] = scorer;
        }

        return scorer;
    }

    // The two analyses mark the same word at the same offsets; overlapping marks become one.
    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
