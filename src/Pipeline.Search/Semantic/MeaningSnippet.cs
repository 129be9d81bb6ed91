using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using Pipeline.Embeddings;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Semantic;

/// <summary>
/// The snippet of a segment found by meaning: the sentence of its best paragraph nearest to the query, marked as the
/// match. The paragraph's sentences are encoded at query time (a few short texts per hit shown), so only the hits
/// returned pay for it.
/// </summary>
internal static partial class MeaningSnippet
{
    /// <summary>Longest stretch marked: a longer sentence is marked up to a word end within it.</summary>
    private const int MaxMarked = 400;

    public static (string Snippet, ImmutableArray<MatchSpan> Matches) Build(IndexedSegment segment, int paragraph, ReadOnlySpan<float> query, ISentenceEncoder? encoder)
    {
        var answer = segment.AnswerText;
        var (start, length) = ParagraphIn(segment, paragraph, answer);
        var sentences = Sentences(answer, start, length);
        var best = sentences[0];
        if (sentences.Count > 1 && encoder is not null && encoder.Dimensions == query.Length)
        {
            var vectors = encoder.Encode([.. sentences.Select(s => answer.Substring(s.Start, s.End - s.Start))], CancellationToken.None);
            var bestSimilarity = float.NegativeInfinity;
            for (var i = 0; i < vectors.Length; i++)
            {
                var similarity = TensorPrimitives.Dot(query, vectors[i]);
                if (similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (sentences[i], similarity);
                }
            }
        }

        var end = best.End - best.Start <= MaxMarked ? best.End : WordEndBefore(answer, best.Start + MaxMarked, best.Start);
        return SnippetWindow.Cut(answer, [(best.Start, end)], Math.Max(SnippetWindow.DefaultSize, end - best.Start));
    }

    // Where the paragraph lies in the answer text: the vector's paragraph counts every paragraph, the answer text only
    // the answering ones.
    private static (int Start, int Length) ParagraphIn(IndexedSegment segment, int paragraph, string answer)
    {
        var paragraphs = segment.Text.Split("\n\n");
        if (paragraph < 0 || paragraph >= paragraphs.Length)
        {
            return (0, answer.Length);
        }

        var at = answer.IndexOf(paragraphs[paragraph], StringComparison.Ordinal);
        return at < 0 ? (0, answer.Length) : (at, paragraphs[paragraph].Length);
    }

    private static List<(int Start, int End)> Sentences(string text, int start, int length)
    {
        var sentences = new List<(int Start, int End)>();
        var from = start;
        foreach (Match end in SentenceEnd().Matches(text.Substring(start, length)))
        {
            var at = start + end.Index;
            if (text[from..at].Trim().Length > 0)
            {
                sentences.Add(Trimmed(text, from, at));
            }

            from = at + end.Length;
        }

        if (from < start + length && text[from..(start + length)].Trim().Length > 0)
        {
            sentences.Add(Trimmed(text, from, start + length));
        }

        return sentences.Count == 0 ? [(start, start + length)] : sentences;
    }

    private static (int Start, int End) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }

    private static int WordEndBefore(string text, int limit, int start)
    {
        for (var i = limit; i > start; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit;
    }

    // A sentence ends at . ! ? ; or a line break, before white space (so "e.g.," and "2.5" stay inside it).
    [GeneratedRegex(@"(?<=[.!?;。؟])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
