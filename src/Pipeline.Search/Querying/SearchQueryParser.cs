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
            return QueryParseResult.Failure(new QuerySyntaxError(text, "the query is empty", 1, "type words to find, or * for every segment"));
        }

        try
        {
            // A lone * reads as "everything", as users expect, rather than as a wildcard over every term.
            var lucene = text.Trim() == "*" ? new MatchAllDocsQuery() : new PipelineQueryParser().Parse(text);
            return QueryParseResult.Success(new SearchQuery(text, lucene));
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
                var atEnd = next is null || next.Kind == 0;

                // Token columns count from 0.
                var position = atEnd ? text.Length + 1 : Math.Clamp(next!.BeginColumn + 1, 1, text.Length);
                var found = atEnd ? "end of the query" : $"'{next!.Image}'";
                return new QuerySyntaxError(text, $"unexpected {found}", position, HintFor(text, atEnd ? null : next!.Image, syntax));
            default:
                return new QuerySyntaxError(text, FirstSentence(inner.Message), 1, GenericHint);
        }
    }

    private static QuerySyntaxError ExplainLexical(string text, string message)
    {
        if (!message.Contains("<EOF>", StringComparison.Ordinal))
        {
            // Lexical errors count columns from 1.
            var column = LexicalColumn().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1;
            return new QuerySyntaxError(text, "unexpected character", Math.Clamp(column, 1, text.Length), GenericHint);
        }

        var trimmed = text.TrimEnd();
        return text.Count(c => c == '"') % 2 == 1
            ? new QuerySyntaxError(text, "a phrase is not closed", text.LastIndexOf('"') + 1, "end the phrase with a double quote: \"facial recognition\"")
            : trimmed.EndsWith('\\')
            ? new QuerySyntaxError(text, "nothing follows the escape character", trimmed.Length, "a backslash escapes the next character; write \\\\ for a backslash itself")
            : new QuerySyntaxError(text, "unexpected end of the query", text.Length + 1,
                text.Contains('^', StringComparison.Ordinal) ? "^ must be followed by a number (a boost), e.g. drone^2" : GenericHint);
    }

    private static string HintFor(string text, string? found, ParseException syntax)
    {
        var atEnd = found is null;
        var opens = text.Count(c => c == '(') - text.Count(c => c == ')');
        if (opens > 0 && atEnd)
        {
            return "close every '(' with ')'";
        }

        if (opens < 0)
        {
            return "a ')' has no matching '('";
        }

        if ((atEnd && TrailingOperator().IsMatch(text)) || found is "AND" or "OR" or "&&" or "||")
        {
            return "AND, OR and NOT join terms and need a term on each side; to search for the word itself, write it in lower case";
        }

        return syntax.ExpectedTokenSequences is { Length: > 0 } && atEnd ? "the query ends too early: complete it" : GenericHint;
    }

    private static string FirstSentence(string message) => message.Split('\n')[0].Trim();

    private const string GenericHint =
        "characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / have a meaning: escape them with \\ or put the words in double quotes";

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex LexicalColumn();

    [GeneratedRegex(@"\b(AND|OR|NOT)\s*$")]
    private static partial Regex TrailingOperator();
}
