using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>
/// Parses Lucene's classic query syntax: AND/OR/NOT, "phrases", proximity "facial recognition"~5, fuzzy drone~,
/// wildcards surveil*, field:value. Terms without an operator are OR'ed (the classic default; ranking puts segments
/// with all of them first). A malformed query gives a <see cref="QuerySyntaxError"/> with a position and a hint. Thread-safe.
/// </summary>
public static partial class SearchQueryParser
{
    public static QueryParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryParseResult.Failure(new QuerySyntaxError(text, "the query is empty", 1, "type words to find, or *:* for every segment"));
        }

        try
        {
            return QueryParseResult.Success(new SearchQuery(text, new PipelineQueryParser().Parse(text)));
        }
        catch (ParseException ex)
        {
            return QueryParseResult.Failure(Explain(text, ex));
        }
        catch (TokenMgrError ex)
        {
            return QueryParseResult.Failure(ExplainLexical(text, ex.Message));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return QueryParseResult.Failure(new QuerySyntaxError(text, "the query expands to too many terms", 1, "make wildcard and fuzzy terms more specific"));
        }
    }

    private static QuerySyntaxError Explain(string text, ParseException ex)
    {
        var inner = ex.InnerException ?? ex;
        switch (inner)
        {
            case UnknownFieldException unknown:
                var at = text.IndexOf(unknown.Field + ":", StringComparison.Ordinal);
                return new QuerySyntaxError(
                    text,
                    $"unknown field '{unknown.Field}'",
                    at + 1,
                    $"fields are {string.Join(", ", SegmentFields.Queryable.Where(f => !SegmentFields.TextFields.Contains(f)))}; "
                        + "to search for a colon, quote the words (\"a:b\") or escape it (a\\:b)");
            case TokenMgrError lexical:
                return ExplainLexical(text, lexical.Message);
            case ParseException { CurrentToken: { } current } syntax:
                var next = current.Next;
                var position = next is null ? text.Length + 1 : ColumnToPosition(text, next.BeginColumn, next.Kind == 0);
                var found = next is null || next.Kind == 0 ? "the end of the query" : $"'{next.Image}'";
                return new QuerySyntaxError(text, $"unexpected {found}", position, HintFor(text, next?.Kind == 0, syntax));
            default:
                return new QuerySyntaxError(text, FirstSentence(inner.Message), 1, GenericHint);
        }
    }

    private static QuerySyntaxError ExplainLexical(string text, string message)
    {
        var column = LexicalColumn().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value) : text.Length;
        var unclosedQuote = message.Contains("<EOF>", StringComparison.Ordinal) && text.Count(c => c == '"') % 2 == 1;
        return unclosedQuote
            ? new QuerySyntaxError(text, "a phrase is not closed", text.LastIndexOf('"') + 1, "end the phrase with a double quote: \"facial recognition\"")
            : new QuerySyntaxError(text, "unexpected character", Math.Clamp(column, 1, text.Length + 1), GenericHint);
    }

    private static string HintFor(string text, bool atEnd, ParseException syntax)
    {
        var opens = text.Count(c => c == '(') - text.Count(c => c == ')');
        if (opens > 0 && atEnd)
        {
            return "close every '(' with ')'";
        }

        if (opens < 0)
        {
            return "a ')' has no matching '('";
        }

        if (atEnd && TrailingOperator().IsMatch(text))
        {
            return "AND, OR and NOT need a term after them; to search for the word itself, write it in lower case";
        }

        return syntax.ExpectedTokenSequences is { Length: > 0 } && atEnd ? "the query ends too early: complete it" : GenericHint;
    }

    // The parser counts columns from 1 and, at the end of input, points at the last character.
    private static int ColumnToPosition(string text, int column, bool endOfInput) =>
        endOfInput ? text.Length + 1 : Math.Clamp(column, 1, text.Length + 1);

    private static string FirstSentence(string message) => message.Split('\n')[0].Trim();

    private const string GenericHint =
        "characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / have a meaning: escape them with \\ or put the words in double quotes";

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex LexicalColumn();

    [GeneratedRegex(@"\b(AND|OR|NOT)\s*$")]
    private static partial Regex TrailingOperator();
}
