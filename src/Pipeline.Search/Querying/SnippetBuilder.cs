using System.Collections.Immutable;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Pipeline.Search.Analysis;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>Cuts the best-matching passage of a segment's text and says where the matched terms are in it. One per search.</summary>
/// <remarks>The text is re-analysed with its language's analyser, so the terms marked are exactly those the query matched (phrases only where the phrase matches).</remarks>
internal sealed class SnippetBuilder(Query query, IndexReader reader)
{
    /// <summary>Target snippet length in characters.</summary>
    public const int FragmentSize = 200;

    private const char Ellipsis = '…';

    private readonly Dictionary<string, Highlighter> _byField = [];

    public (string Snippet, ImmutableArray<MatchSpan> Matches) Build(string text, string language)
    {
        var clean = text.Replace(MarkingFormatter.Open, ' ').Replace(MarkingFormatter.Close, ' ');
        var field = SegmentFields.TextFieldFor(language);
        using var tokens = IndexAnalyzers.PerField.GetTokenStream(field, clean);
        var marked = HighlighterFor(field).GetBestFragment(tokens, clean);
        if (string.IsNullOrEmpty(marked))
        {
            // Matched on a keyword field only (company:Thales): show the opening of the text.
            marked = clean.Length <= FragmentSize ? clean : clean[..FragmentSize];
        }

        return Unmark(marked, clean);
    }

    private Highlighter HighlighterFor(string field)
    {
        if (!_byField.TryGetValue(field, out var highlighter))
        {
            var scorer = new QueryScorer(query, reader, field);
            highlighter = new Highlighter(new MarkingFormatter(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize) };
            _byField[field] = highlighter;
        }

        return highlighter;
    }

    // Removes the marks, collapses whitespace, adds ellipses where text was cut, and records each mark's offsets in the result.
    private static (string, ImmutableArray<MatchSpan>) Unmark(string marked, string original)
    {
        var plain = marked.Replace(MarkingFormatter.Open.ToString(), string.Empty).Replace(MarkingFormatter.Close.ToString(), string.Empty);
        var at = original.IndexOf(plain, StringComparison.Ordinal);
        var snippet = new StringBuilder();
        if (at > 0)
        {
            snippet.Append(Ellipsis).Append(' ');
        }

        var matches = ImmutableArray.CreateBuilder<MatchSpan>();
        var start = -1;
        foreach (var c in marked.Trim())
        {
            if (c == MarkingFormatter.Open)
            {
                start = snippet.Length;
            }
            else if (c == MarkingFormatter.Close)
            {
                matches.Add(new MatchSpan(start, snippet.Length - start));
            }
            else if (!char.IsWhiteSpace(c))
            {
                snippet.Append(c);
            }
            else if (snippet.Length > 0 && snippet[^1] != ' ')
            {
                snippet.Append(' ');
            }
        }

        if (at >= 0 && at + plain.Length < original.TrimEnd().Length)
        {
            snippet.Append(' ').Append(Ellipsis);
        }

        return (snippet.ToString(), matches.ToImmutable());
    }
}
