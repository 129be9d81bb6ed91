using System.Text.RegularExpressions;

namespace Pipeline.Search.Indexing;

/// <summary>
/// The sentences of a paragraph as [start, end) offsets, white space trimmed: a sentence ends at . ! ? ; (also the
/// Arabic and CJK marks) before white space, or at a line break, so "e.g.," and "2.5" stay inside one. A sentence of
/// fewer than <see cref="MinWords"/> words joins the next (a heading-like "Grievances." says little alone).
/// </summary>
internal static partial class SentenceSpans
{
    public const int MinWords = 4;

    public static IReadOnlyList<(int Start, int End)> Of(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var from = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(sentences, text, from, end.Index);
            from = end.Index + end.Length;
        }

        Add(sentences, text, from, text.Length);
        return sentences;
    }

    private static void Add(List<(int Start, int End)> sentences, string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to <= from)
        {
            return;
        }

        if (sentences.Count > 0 && Words(text, sentences[^1]) < MinWords)
        {
            sentences[^1] = (sentences[^1].Start, to);
            return;
        }

        sentences.Add((from, to));
    }

    private static int Words(string text, (int Start, int End) span) =>
        text[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.!?;。؟])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
