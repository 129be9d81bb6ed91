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

        if (CheckShape(text) is { } refused)
        {
            return QueryParseResult.Failure(refused);
        }

        try
        {
            // A lone * reads as "everything", as users expect, rather than as a wildcard over every term.
            if (text.Trim() == "*")
            {
                return QueryParseResult.Success(new SearchQuery(text, new MatchAllDocsQuery(), isExpensive: false));
            }

            var parser = new PipelineQueryParser();
            var lucene = parser.Parse(text);
            return CheckBoosts(text, lucene) ?? QueryParseResult.Success(new SearchQuery(text, lucene, parser.HasMultiTermParts));
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
            return QueryParseResult.Failure(TooManyClauses(text));
        }
        catch (ArgumentException ex)
        {
            // Lucene checks some values only when it builds a query part (a slop, an edit distance): the query is malformed.
            return QueryParseResult.Failure(new QuerySyntaxError(text, FirstSentence(ex.Message), 1, GenericHint));
        }
    }

    // Checked before parsing: the classic parser and Lucene's regular expressions recurse once per parenthesis, so a
    // deep enough nesting would overflow the stack, which no handler can catch.
    private static QuerySyntaxError? CheckShape(string text)
    {
        if (text.Length > QueryLimits.MaxQueryLength)
        {
            return new QuerySyntaxError(
                text,
                $"the query is {text.Length:N0} characters long, more than the {QueryLimits.MaxQueryLength:N0} allowed",
                QueryLimits.MaxQueryLength + 1,
                "search for fewer words at a time") { IsLimit = true };
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(' when ++depth > QueryLimits.MaxNesting:
                    return new QuerySyntaxError(
                        text,
                        $"parentheses are nested more than {QueryLimits.MaxNesting} deep",
                        i + 1,
                        "remove parentheses that group a single term, or split the query") { IsLimit = true };
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    // A boost beyond the limit makes scores infinite, which no JSON can carry.
    private static QueryParseResult? CheckBoosts(string text, Query query)
    {
        var pending = new Stack<Query>([query]);
        while (pending.TryPop(out var next))
        {
            if (!float.IsFinite(next.Boost) || Math.Abs(next.Boost) > QueryLimits.MaxBoost)
            {
                var at = text.IndexOf('^', StringComparison.Ordinal);
                return QueryParseResult.Failure(new QuerySyntaxError(
                    text, $"a boost is larger than {QueryLimits.MaxBoost:N0}", at + 1, "boost with a small number, e.g. drone^2") { IsLimit = true });
            }

            if (next is BooleanQuery boolean)
            {
                foreach (var clause in boolean.Clauses)
                {
                    pending.Push(clause.Query);
                }
            }
        }

        return null;
    }

    private static QuerySyntaxError TooManyClauses(string text) =>
        new(text, "the query has too many terms", 1, "search for fewer words at a time, or make wildcard and fuzzy terms more specific") { IsLimit = true };

    private static QuerySyntaxError Explain(string text, ParseException ex)
    {
        var inner = ex.InnerException ?? ex;
        switch (inner)
        {
            case RejectedQueryException rejected:
                var fragmentAt = text.IndexOf(rejected.Fragment, StringComparison.Ordinal);
                var where = fragmentAt < 0 ? 1 : Math.Clamp(fragmentAt + rejected.Offset + 1, 1, text.Length + 1);
                return new QuerySyntaxError(text, rejected.Message, where, rejected.Hint) { IsLimit = rejected.IsLimit };
            case BooleanQuery.TooManyClausesException:
                return TooManyClauses(text);
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
            case ParseException { Message: var message } when message.StartsWith("Minimum similarity", StringComparison.Ordinal)
                || message.StartsWith("Fractional edit distances", StringComparison.Ordinal):
                return new QuerySyntaxError(
                    text, "a fuzzy term's ~ must be followed by nothing or by 0, 1 or 2", Math.Max(1, text.IndexOf('~', StringComparison.Ordinal) + 1), "write drone~ (edits by word length) or drone~1");
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
