using System.Collections.Immutable;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>The snippet of a segment found by meaning: the stretch nearest to the query (a sentence, or a one-sentence paragraph), marked as the match.</summary>
internal static class MeaningSnippet
{
    /// <summary>Longest stretch marked: a longer one is marked up to a word end within it.</summary>
    private const int MaxMarked = 400;

    public static (string Snippet, ImmutableArray<MatchSpan> Matches) Build(IndexedSegment segment, VectorPlace place)
    {
        var answer = segment.AnswerText;
        var paragraphs = segment.Text.Split("\n\n");
        var at = place.Paragraph < paragraphs.Length ? answer.IndexOf(paragraphs[place.Paragraph], StringComparison.Ordinal) : -1;
        if (at < 0 || place.Start < 0 || place.Start + place.Length > paragraphs[place.Paragraph].Length)
        {
            // The text is not the one the vectors were made from (it cannot be, short of a damaged index): no mark.
            return SnippetWindow.Cut(answer, [], SnippetWindow.DefaultSize);
        }

        var start = at + place.Start;
        var end = place.Length <= MaxMarked ? start + place.Length : WordEndBefore(answer, start + MaxMarked, start);
        return SnippetWindow.Cut(answer, [(start, end)], Math.Max(SnippetWindow.DefaultSize, end - start));
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
}
