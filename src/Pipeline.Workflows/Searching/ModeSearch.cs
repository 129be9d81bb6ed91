using System.Text.RegularExpressions;
using Pipeline.Embeddings;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Searching;

/// <summary>Runs a search in the mode asked for, the one place the command line, the web app and the evaluation do it.</summary>
public static partial class ModeSearch
{
    /// <summary>The mode of a query of plain words when none is given (see <see cref="DefaultFor"/>).</summary>
    public const SearchMode DefaultMode = SearchMode.Hybrid;

    /// <summary>
    /// The mode a query gets when none is asked for: hybrid for plain words and "phrases" (what a concept query looks
    /// like); keyword for a query written in Lucene's syntax — AND/OR/NOT, +/-, wildcards, fuzzy or proximity terms,
    /// fields, ranges, regular expressions, grouping, boosts — which asks for exact matching that meaning would blur.
    /// </summary>
    public static SearchMode DefaultFor(string query) =>
        string.IsNullOrWhiteSpace(query) || Syntax().IsMatch(WithoutPhrases().Replace(query, " ")) ? SearchMode.Keyword : DefaultMode;

    /// <summary>True when <paramref name="mode"/> reads the query with Lucene's syntax (keyword and hybrid), so a malformed one is an error.</summary>
    public static bool NeedsParsedQuery(SearchMode mode) => mode != SearchMode.Semantic;

    /// <param name="text">The query as typed: encoded as it is by the semantic and hybrid modes.</param>
    /// <param name="parsed">The query parsed; required unless the mode is semantic.</param>
    /// <param name="encoder">The sentence encoder; the shared one (the encoder ingest stored vectors with) when null.</param>
    /// <param name="options">How search by meaning runs (<see cref="SemanticOptions.Default"/> when null).</param>
    public static SearchResults Run(SegmentIndex index, SearchMode mode, string text, SearchQuery? parsed, SearchFilters filters, int limit, int offset, ISentenceEncoder? encoder = null, SemanticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (NeedsParsedQuery(mode) && parsed is null)
        {
            throw new ArgumentNullException(nameof(parsed), $"a {mode} search needs the parsed query");
        }

        return mode switch
        {
            SearchMode.Keyword => index.Search(parsed!, filters, limit, offset),
            SearchMode.Semantic => index.SearchByMeaning(text, encoder ?? SentenceEncoders.Shared, filters, limit, offset, options),
            _ => QueryConcepts.Of(text) is { } concept
                ? index.SearchHybrid(parsed!, encoder ?? SentenceEncoders.Shared, filters, limit, offset, options: options, concept: concept.Topic, conceptWeight: concept.Probability)
                : index.SearchHybrid(parsed!, encoder ?? SentenceEncoders.Shared, filters, limit, offset, options: options),
        };
    }

    /// <summary>Reads a mode as typed ("keyword", "semantic", "hybrid", case ignored); false for anything else.</summary>
    public static bool TryParseMode(string? text, out SearchMode mode)
    {
        mode = DefaultMode;
        return text is not null && Enum.TryParse(text, ignoreCase: true, out mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _);
    }

    // Outside "phrases": an operator word, a leading + - or !, or any of ( ) [ ] { } ^ ~ * ? : / \ && ||.
    [GeneratedRegex(@"\b(AND|OR|NOT)\b|(^|\s)[-+!]|[()\[\]{}^~*?:/\\]|&&|\|\|")]
    private static partial Regex Syntax();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex WithoutPhrases();
}
