using System.Collections.Immutable;
using System.Text;

namespace Pipeline.Search.Querying;

/// <summary>
/// Chooses the stretch of a text to show around its matches and lays it out: whitespace collapsed, "…" where text was
/// left out, and never a word cut in half (a cut moves to the nearest space; only a "word" longer than
/// <see cref="MaxWordShift"/> characters, such as a long link, may be cut).
/// </summary>
internal static class SnippetWindow
{
    public const int DefaultSize = 200;

    /// <summary>How far a cut may move to reach a space.</summary>
    public const int MaxWordShift = 40;

    private const char Ellipsis = '…';

    /// <param name="matches">Matched words as [start, end) offsets in <paramref name="text"/>, sorted, not overlapping.</param>
    public static (string Snippet, ImmutableArray<MatchSpan> Matches) Cut(string text, IReadOnlyList<(int Start, int End)> matches, int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var last = text.Length;
        while (last > first && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        var (from, to) = last - first <= size ? (first, last) : Choose(text, matches, size, first, last);
        return Layout(text, matches, from, to, first, last);
    }

    private static (int From, int To) Choose(string text, IReadOnlyList<(int Start, int End)> matches, int size, int first, int last)
    {
        if (matches.Count == 0)
        {
            return (first, SnapEnd(text, first + size, first, last));
        }

        // The window opening at the match that lets the most distinct words (then the most matches) fit in it.
        var best = (Index: 0, Distinct: -1, Count: -1, End: 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var inside = matches.Skip(i).TakeWhile(m => m.End <= matches[i].Start + size).ToList();
            if (inside.Count == 0)
            {
                inside.Add(matches[i]);
            }

            var distinct = inside.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct().Count();
            if (distinct > best.Distinct || (distinct == best.Distinct && inside.Count > best.Count))
            {
                best = (i, distinct, inside.Count, inside[^1].End);
            }
        }

        // Centre the matched stretch, then keep the window inside the text.
        var start = matches[best.Index].Start;
        var from = start - Math.Max(0, size - (best.End - start)) / 2;
        from = Math.Clamp(from, first, Math.Max(first, last - size));
        var to = Math.Min(last, from + size);
        return (SnapStart(text, from, first, start), SnapEnd(text, to, Math.Max(best.End, from), last));
    }

    // Moves a window's start that falls inside a word forward past it (not beyond the first match), else back to its beginning.
    private static int SnapStart(string text, int from, int first, int firstMatch)
    {
        if (from <= first || char.IsWhiteSpace(text[from - 1]) || char.IsWhiteSpace(text[from]))
        {
            return from;
        }

        for (var ahead = from; ahead < firstMatch && ahead - from <= MaxWordShift; ahead++)
        {
            if (char.IsWhiteSpace(text[ahead]))
            {
                return ahead + 1;
            }
        }

        for (var back = from; back > first && from - back <= MaxWordShift; back--)
        {
            if (char.IsWhiteSpace(text[back - 1]))
            {
                return back;
            }
        }

        return from - MaxWordShift <= first ? first : from;
    }

    // Moves a window's end that falls inside a word back before it (not before the last match), else forward to its end.
    private static int SnapEnd(string text, int to, int lastMatchEnd, int last)
    {
        if (to >= last || char.IsWhiteSpace(text[to]) || char.IsWhiteSpace(text[to - 1]))
        {
            return Math.Min(to, last);
        }

        for (var back = to; back > lastMatchEnd && to - back <= MaxWordShift; back--)
        {
            if (char.IsWhiteSpace(text[back - 1]))
            {
                return back - 1;
            }
        }

        for (var ahead = to; ahead < last && ahead - to <= MaxWordShift; ahead++)
        {
            if (char.IsWhiteSpace(text[ahead]))
            {
                return ahead;
            }
        }

        return to + MaxWordShift >= last ? last : to;
    }

    private static (string, ImmutableArray<MatchSpan>) Layout(string text, IReadOnlyList<(int Start, int End)> matches, int from, int to, int first, int last)
    {
        var snippet = new StringBuilder();
        if (from > first)
        {
            snippet.Append(Ellipsis).Append(' ');
        }

        var spans = ImmutableArray.CreateBuilder<MatchSpan>();
        var shown = matches.Where(m => m.Start >= from && m.End <= to).ToList();
        var next = 0;
        var openedAt = -1;
        for (var i = from; i < to; i++)
        {
            if (next < shown.Count && i == shown[next].Start)
            {
                openedAt = snippet.Length;
            }

            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                snippet.Append(c);
            }
            else if (snippet.Length > 0 && snippet[^1] != ' ')
            {
                snippet.Append(' ');
            }

            if (next < shown.Count && i + 1 == shown[next].End)
            {
                spans.Add(new MatchSpan(openedAt, snippet.Length - openedAt));
                next++;
            }
        }

        var body = snippet.ToString().TrimEnd();
        if (to < last)
        {
            body += " " + Ellipsis;
        }

        return (body, spans.ToImmutable());
    }
}
