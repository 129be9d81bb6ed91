using System.Text.Json.Nodes;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;

namespace Pipeline.Search.QueryDsl;

/// <summary>
/// Translates a parsed query and its filters to OpenSearch's Query DSL, so that <c>pipeline search --backend opensearch</c>
/// runs the same query language against an exported index. Thread-safe.
/// </summary>
/// <remarks>
/// The translation walks the query our parser built, not the text: every text term is already the token the field's
/// analyser makes ("drones" is <c>text_en:drone</c>, <c>text_fr:drones</c>, …), and the exported index analyses each field
/// with the same chain (the template's analysers), so a term is sent as a <c>term</c> query and a phrase as a
/// <c>match_phrase</c> over the whitespace-separated tokens — re-analysing a stem could stem it again. A phrase whose
/// tokens have gaps (a stop word dropped) becomes a <c>span_near</c>, which keeps the gap. Keyword terms are lower-cased
/// as Lucene indexes them; the exported keyword fields use the same normaliser. Wildcard, prefix, regex, fuzzy and
/// range terms keep the fields the parser chose (<c>text_plain</c> for text).
/// </remarks>
public static class QueryDslTranslator
{
    /// <summary>The query within the filters, without structure-only segments (which no search returns).</summary>
    public static QueryDslTranslation Translate(SearchQuery query, SearchFilters? filters = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            var body = new JsonObject
            {
                ["must"] = new JsonArray(Node(query.Lucene)),
                ["filter"] = Filters(filters ?? SearchFilters.None),
                ["must_not"] = new JsonArray(Term(SegmentFields.Structure, true)),
            };
            return new QueryDslTranslation(new JsonObject { ["bool"] = body }, null);
        }
        catch (NotSupportedException ex)
        {
            return new QueryDslTranslation(null, ex.Message);
        }
    }

    /// <summary>The filters alone, as the <c>filter</c> clauses of a bool query (they narrow matches without scoring).</summary>
    public static JsonArray Filters(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new JsonArray([.. FilterTerms.Of(filters).Select(f => (JsonNode)Term(f.Field, KeywordValue.Normalise(f.Value)))]);
    }

    private static JsonObject Node(Query query) => query switch
    {
        BooleanQuery boolean => Boolean(boolean),
        TermQuery term => Boosted("term", term.Term.Field, Value(term.Term.Field, term.Term.Text), term.Boost),
        PhraseQuery phrase => Phrase(phrase),
        MatchAllDocsQuery all => all.Boost == 1 ? new JsonObject { ["match_all"] = new JsonObject() } : new JsonObject { ["match_all"] = new JsonObject { ["boost"] = all.Boost } },
        ConstantScoreQuery constant => new JsonObject
        {
            ["constant_score"] = new JsonObject { ["filter"] = Node(constant.Query ?? throw Unsupported(constant)), ["boost"] = constant.Boost },
        },
        WildcardQuery wildcard => Boosted("wildcard", wildcard.Field, wildcard.Term.Text, wildcard.Boost),
        PrefixQuery prefix => Boosted("prefix", prefix.Field, prefix.Prefix.Text, prefix.Boost),
        RegexpQuery regexp => Boosted("regexp", regexp.Field, RegexpText(regexp), regexp.Boost, new JsonObject { ["flags"] = "ALL" }),
        FuzzyQuery fuzzy => Boosted("fuzzy", fuzzy.Field, fuzzy.Term.Text, fuzzy.Boost, new JsonObject
        {
            ["fuzziness"] = fuzzy.MaxEdits,
            ["prefix_length"] = fuzzy.PrefixLength,
            ["transpositions"] = fuzzy.Transpositions,
            ["max_expansions"] = SearchLimits.Default.MaxExpansions,
        }),
        TermRangeQuery range => Range(range.Field, Text(range.LowerTerm), Text(range.UpperTerm), range.IncludesLower, range.IncludesUpper, range.Boost),
        NumericRangeQuery<int> numeric => Range(numeric.Field, numeric.Min, numeric.Max, numeric.IncludesMin, numeric.IncludesMax, numeric.Boost),
        _ => throw Unsupported(query),
    };

    private static JsonObject Boolean(BooleanQuery boolean)
    {
        var must = new JsonArray();
        var should = new JsonArray();
        var mustNot = new JsonArray();
        foreach (var clause in boolean.Clauses)
        {
            var target = clause.Occur switch
            {
                Occur.MUST => must,
                Occur.SHOULD => should,
                _ => mustNot,
            };
            target.Add(Node(clause.Query));
        }

        // Lucene matches nothing with prohibited clauses alone ("NOT drone"); OpenSearch would match every other segment.
        if (must.Count == 0 && should.Count == 0)
        {
            return new JsonObject { ["match_none"] = new JsonObject() };
        }

        var body = new JsonObject();
        Add(body, "must", must);
        Add(body, "should", should);
        Add(body, "must_not", mustNot);
        if (boolean.MinimumNumberShouldMatch > 0)
        {
            body["minimum_should_match"] = boolean.MinimumNumberShouldMatch;
        }

        if (boolean.Boost != 1)
        {
            body["boost"] = boolean.Boost;
        }

        return new JsonObject { ["bool"] = body };
    }

    private static void Add(JsonObject body, string name, JsonArray clauses)
    {
        if (clauses.Count > 0)
        {
            body[name] = clauses;
        }
    }

    private static JsonObject Phrase(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Length == 0)
        {
            return new JsonObject { ["match_none"] = new JsonObject() };
        }

        var field = terms[0].Field;
        var gaps = positions[^1] - positions[0] - (terms.Length - 1);
        if (gaps == 0 && positions.Zip(positions.Skip(1)).All(p => p.Second > p.First))
        {
            // The tokens are already analysed: the whitespace analyser only splits them, so nothing is stemmed twice.
            var body = new JsonObject { ["query"] = string.Join(' ', terms.Select(t => t.Text)), ["analyzer"] = "whitespace" };
            if (phrase.Slop > 0)
            {
                body["slop"] = phrase.Slop;
            }

            AddBoost(body, phrase.Boost);
            return new JsonObject { ["match_phrase"] = new JsonObject { [field] = body } };
        }

        // A gap where the analyser dropped a stop word ("right to privacy" is right _ privaci): spans keep it.
        var spans = new JsonArray([.. terms.Select(t => (JsonNode)new JsonObject { ["span_term"] = new JsonObject { [field] = t.Text } })]);
        var near = new JsonObject { ["clauses"] = spans, ["slop"] = phrase.Slop + gaps, ["in_order"] = phrase.Slop == 0 };
        AddBoost(near, phrase.Boost);
        return new JsonObject { ["span_near"] = near };
    }

    private static JsonObject Range<T>(string field, T? from, T? to, bool fromIncluded, bool toIncluded, float boost)
    {
        var body = new JsonObject();
        if (from is not null)
        {
            body[fromIncluded ? "gte" : "gt"] = JsonValue.Create(from);
        }

        if (to is not null)
        {
            body[toIncluded ? "lte" : "lt"] = JsonValue.Create(to);
        }

        AddBoost(body, boost);
        return new JsonObject { ["range"] = new JsonObject { [field] = body } };
    }

    private static JsonObject Boosted(string kind, string field, string value, float boost, JsonObject? options = null)
    {
        if (boost == 1 && options is null)
        {
            return new JsonObject { [kind] = new JsonObject { [field] = value } };
        }

        var body = options ?? [];
        body.Insert(0, "value", value);
        AddBoost(body, boost);
        return new JsonObject { [kind] = new JsonObject { [field] = body } };
    }

    private static JsonObject Term(string field, JsonNode value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static void AddBoost(JsonObject body, float boost)
    {
        if (boost != 1)
        {
            body["boost"] = boost;
        }
    }

    // Keyword fields are matched lower-cased and trimmed, as Lucene indexes them; the structure marker is a boolean.
    private static string Value(string field, string text) =>
        QueryDslFields.Text.Contains(field) ? text : KeywordValue.Normalise(text);

    private static string? Text(BytesRef? bytes) => bytes?.Utf8ToString();

    // RegexpQuery keeps its pattern in a protected field; its text form is field:/pattern/ with an optional ^boost.
    private static string RegexpText(RegexpQuery regexp)
    {
        var text = regexp.ToString(regexp.Field);
        var end = text.LastIndexOf('/');
        return text[(text.IndexOf('/', StringComparison.Ordinal) + 1)..end];
    }

    private static NotSupportedException Unsupported(Query query) =>
        new($"this query has a part the OpenSearch backend cannot translate ({query.GetType().Name}: {query}); search the embedded index instead");
}
