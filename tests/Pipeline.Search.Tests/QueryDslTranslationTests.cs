using System.Text.Json.Nodes;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.QueryDsl;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests;

/// <summary>
/// The query language translated to OpenSearch's Query DSL: each row is a query as typed and the clause it must become.
/// Text terms arrive analysed per field (English "drones" → "drone", French → "dron"), so they are sent as terms the
/// exported index's matching analysers produce, never analysed a second time.
/// </summary>
public sealed class QueryDslTranslationTests
{
    [Theory]
    // A word: one term per language field, any may match.
    [InlineData("drones", """{"bool":{"should":[{"term":{"text_en":"drone"}},{"term":{"text_fr":"dron"}},{"term":{"text_ar":"drones"}},{"term":{"text_std":"drones"}}]}}""")]
    // A phrase: its analysed tokens, split on whitespace only.
    [InlineData("\"facial recognition\"", """{"bool":{"should":[{"match_phrase":{"text_en":{"query":"facial recognit","analyzer":"whitespace"}}},{"match_phrase":{"text_fr":{"query":"facial recogn","analyzer":"whitespace"}}},{"match_phrase":{"text_ar":{"query":"facial recognition","analyzer":"whitespace"}}},{"match_phrase":{"text_std":{"query":"facial recognition","analyzer":"whitespace"}}}]}}""")]
    // Proximity keeps its slop.
    [InlineData("\"facial recognition\"~5", """{"bool":{"should":[{"match_phrase":{"text_en":{"query":"facial recognit","analyzer":"whitespace","slop":5}}},{"match_phrase":{"text_fr":{"query":"facial recogn","analyzer":"whitespace","slop":5}}},{"match_phrase":{"text_ar":{"query":"facial recognition","analyzer":"whitespace","slop":5}}},{"match_phrase":{"text_std":{"query":"facial recognition","analyzer":"whitespace","slop":5}}}]}}""")]
    // A stop word dropped inside a phrase leaves a gap that spans keep (English and standard drop "to"; French and Arabic keep it).
    [InlineData("\"right to privacy\"", """{"bool":{"should":[{"span_near":{"clauses":[{"span_term":{"text_en":"right"}},{"span_term":{"text_en":"privaci"}}],"slop":1,"in_order":true}},{"match_phrase":{"text_fr":{"query":"right to privacy","analyzer":"whitespace"}}},{"match_phrase":{"text_ar":{"query":"right to privacy","analyzer":"whitespace"}}},{"span_near":{"clauses":[{"span_term":{"text_std":"right"}},{"span_term":{"text_std":"privacy"}}],"slop":1,"in_order":true}}]}}""")]
    // AND with a field: both required; a keyword matched lower-cased.
    [InlineData("grievance AND company:Thales", """{"bool":{"must":[{"bool":{"should":[{"term":{"text_en":"grievanc"}},{"term":{"text_fr":"grievanc"}},{"term":{"text_ar":"grievance"}},{"term":{"text_std":"grievance"}}]}},{"term":{"company":"thales"}}]}}""")]
    // Prohibited and optional clauses.
    [InlineData("-drone grievance", """{"bool":{"should":[{"bool":{"should":[{"term":{"text_en":"grievanc"}},{"term":{"text_fr":"grievanc"}},{"term":{"text_ar":"grievance"}},{"term":{"text_std":"grievance"}}]}}],"must_not":[{"bool":{"should":[{"term":{"text_en":"drone"}},{"term":{"text_fr":"dron"}},{"term":{"text_ar":"drone"}},{"term":{"text_std":"drone"}}]}}]}}""")]
    // A query of prohibited clauses alone matches nothing in Lucene; OpenSearch would match the rest.
    [InlineData("NOT drone", """{"match_none":{}}""")]
    // Nested groups.
    [InlineData("+grievance +(hotline OR helpline)", """{"bool":{"must":[{"bool":{"should":[{"term":{"text_en":"grievanc"}},{"term":{"text_fr":"grievanc"}},{"term":{"text_ar":"grievance"}},{"term":{"text_std":"grievance"}}]}},{"bool":{"should":[{"bool":{"should":[{"term":{"text_en":"hotlin"}},{"term":{"text_fr":"hotlin"}},{"term":{"text_ar":"hotline"}},{"term":{"text_std":"hotline"}}]}},{"bool":{"should":[{"term":{"text_en":"helplin"}},{"term":{"text_fr":"helplin"}},{"term":{"text_ar":"helpline"}},{"term":{"text_std":"helpline"}}]}}]}}]}}""")]
    // Wildcard, prefix, regex and fuzzy terms go to the unstemmed words, with the edits and prefix the parser chose.
    [InlineData("authori?ation", """{"wildcard":{"text_plain":"authori?ation"}}""")]
    [InlineData("licen*", """{"prefix":{"text_plain":"licen"}}""")]
    [InlineData("/licen[cs]e/", """{"regexp":{"text_plain":{"value":"licen[cs]e","flags":"ALL"}}}""")]
    [InlineData("drone~", """{"fuzzy":{"text_plain":{"value":"drone","fuzziness":1,"prefix_length":2,"transpositions":true,"max_expansions":1000}}}""")]
    // A pattern on one language's field keeps to segments in that language, without scoring.
    [InlineData("text_en:surveil*", """{"bool":{"must":[{"prefix":{"text_plain":"surveil"}},{"constant_score":{"filter":{"bool":{"must":[{"term":{"language":"en"}}]}},"boost":0}}]}}""")]
    // Ranges: numeric on pages, terms on keywords.
    [InlineData("page:[2 TO 3]", """{"range":{"page":{"gte":2,"lte":3}}}""")]
    [InlineData("question:[2a TO 2c]", """{"range":{"question":{"gte":"2a","lte":"2c"}}}""")]
    // Keyword fields and patterns on them, lower-cased as indexed.
    [InlineData("company:Helv*", """{"prefix":{"company":"helv"}}""")]
    [InlineData("topic:grievance_mechanism", """{"term":{"topic":"grievance_mechanism"}}""")]
    [InlineData("parent:2", """{"term":{"parent":"2"}}""")]
    // A boost is kept.
    [InlineData("drone^2", """{"bool":{"should":[{"term":{"text_en":"drone"}},{"term":{"text_fr":"dron"}},{"term":{"text_ar":"drone"}},{"term":{"text_std":"drone"}}],"boost":2}}""")]
    // A lone * is every segment.
    [InlineData("*", """{"match_all":{}}""")]
    public void Query_IsTranslated_ToItsClause(string query, string expected)
    {
        // Given a query as typed, parsed by the search parser
        var parsed = SearchQueryParser.Parse(query);
        Assert.True(parsed.IsSuccess, parsed.Error?.Describe());

        // When it is translated
        var translation = QueryDslTranslator.Translate(parsed.Query);

        // Then the query clause is the expected Query DSL
        Assert.True(translation.IsSuccess, translation.Problem);
        Assert.Equal(expected, translation.Query["bool"]!["must"]![0]!.ToJsonString());
    }

    [Fact]
    public void Filters_NarrowWithoutScoring_AndStructureIsNeverFound()
    {
        // Given a query with every filter, the question a bare number (2 stands for 2a to 2e)
        var parsed = SearchQueryParser.Parse("hotline").Query!;
        var filters = new SearchFilters
        {
            Campaign = "MENA-2022",
            Company = "Helvora Biometrics",
            Question = QuestionId.Parse("2"),
            Topic = Topic.GrievanceMechanism,
            Status = AnswerStatus.NotAddressed,
        };

        // When it is translated
        var query = QueryDslTranslator.Translate(parsed, filters).Query!["bool"]!;

        // Then the filters are filter clauses on the lower-cased keywords, and segments of labels only are excluded
        Assert.Equal(
            """[{"term":{"campaign":"mena-2022"}},{"term":{"company":"helvora biometrics"}},{"term":{"parent":"2"}},{"term":{"topic":"grievance_mechanism"}},{"term":{"status":"not_addressed"}}]""",
            query["filter"]!.ToJsonString());
        Assert.Equal("""[{"term":{"structure":true}}]""", query["must_not"]!.ToJsonString());
    }

    [Fact]
    public void Filter_OnASubQuestion_UsesTheQuestionField()
    {
        // Given a filter on 2d (not a bare number)
        var filters = QueryDslTranslator.Filters(new SearchFilters { Question = QuestionId.Parse("2d") });

        // Then it is a term on question, not on parent
        Assert.Equal("""[{"term":{"question":"2d"}}]""", filters.ToJsonString());
    }

    [Fact]
    public void FrenchWord_IsTheFrenchAnalysersStem_InTheFrenchField()
    {
        // Given a French query with an elision and an accent
        var translation = QueryDslTranslator.Translate(SearchQueryParser.Parse("l'évaluation").Query!);

        // Then the French field gets the French analyser's stem, the article dropped
        var should = (JsonArray)translation.Query!["bool"]!["must"]![0]!["bool"]!["should"]!;
        Assert.Equal("evalu", should[1]!["term"]!["text_fr"]!.GetValue<string>());
    }
}
