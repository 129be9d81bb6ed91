using System.Text.Json.Nodes;
using Pipeline.Search.QueryDsl;
using Pipeline.Search.Schema;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// The composable index template of exported segments (<c>PUT _index_template/NAME</c>): the embedded index's fields,
/// one to one, with analysers rebuilt from the same token filters Lucene's analysers chain, so that a query term the
/// parser analysed matches the exported index exactly as it matches the embedded one.
/// </summary>
/// <remarks>
/// <c>dynamic: strict</c>: a document with a field the mapping lacks is refused, so a drift between the exporter and the
/// template fails loudly. Vectors are not exported (search by meaning stays on the embedded index).
/// </remarks>
public static class IndexTemplate
{
    /// <summary>The index the segments go to unless another is named.</summary>
    public const string DefaultIndexName = "pipeline-segments";

    private const string KeywordNormalizer = "pipeline_keyword";

    /// <summary>The analyser of each text field, in the order of <see cref="QueryDslFields.Text"/>.</summary>
    public static IReadOnlyDictionary<string, string> Analyzers { get; } = new Dictionary<string, string>
    {
        [SegmentFields.TextEnglish] = "pipeline_en",
        [SegmentFields.TextFrench] = "pipeline_fr",
        [SegmentFields.TextArabic] = "pipeline_ar",
        [SegmentFields.TextStandard] = "pipeline_std",
        [SegmentFields.TextPlain] = "pipeline_plain",
    };

    /// <summary>The template for indices named <paramref name="indexName"/> (and <c>indexName-*</c>, for reindexing by alias).</summary>
    public static JsonObject Build(string indexName = DefaultIndexName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexName);
        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(indexName, indexName + "-*"),
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject { ["analysis"] = Analysis() },
                ["mappings"] = new JsonObject { ["dynamic"] = "strict", ["properties"] = Properties() },
            },
            ["_meta"] = new JsonObject { ["schema"] = IndexSchema.Version, ["source"] = "pipeline export --format opensearch" },
        };
    }

    /// <summary>The mapping's field types by name (sub-fields apart): what every exported document is checked against.</summary>
    public static JsonObject Properties()
    {
        var properties = new JsonObject { [SegmentFields.Kind] = Keyword() };
        foreach (var field in new[] { SegmentFields.Campaign, SegmentFields.Company, SegmentFields.Question, SegmentFields.Topic, SegmentFields.Status })
        {
            properties[field] = Keyword(faceted: true);
        }

        foreach (var field in new[] { SegmentFields.QuestionParent, SegmentFields.Topics, SegmentFields.Document, SegmentFields.File, SegmentFields.Language, SegmentFields.Method, SegmentFields.Corrected, SegmentFields.Schema })
        {
            properties[field] = Keyword();
        }

        properties[SegmentFields.TopicScore] = new JsonObject { ["type"] = "float", ["index"] = false };
        properties[SegmentFields.Confidence] = new JsonObject { ["type"] = "float", ["index"] = false };
        foreach (var field in new[] { SegmentFields.PassageTopics, SegmentFields.PassageRoles, SegmentFields.MachineQuestions, SegmentFields.MachineTopic })
        {
            // Read back with the segment, never searched: as Lucene's stored-only fields.
            properties[field] = new JsonObject { ["type"] = "keyword", ["index"] = false, ["doc_values"] = false };
        }

        properties[SegmentFields.Structure] = new JsonObject { ["type"] = "boolean" };
        properties[SegmentFields.Page] = new JsonObject { ["type"] = "integer" };
        properties[SegmentFields.Ordinal] = new JsonObject { ["type"] = "integer" };
        properties[SegmentFields.Text] = new JsonObject { ["type"] = "text", ["index"] = false };
        foreach (var (field, analyzer) in Analyzers)
        {
            properties[field] = new JsonObject { ["type"] = "text", ["analyzer"] = analyzer };
        }

        return properties;
    }

    private static JsonObject Keyword(bool faceted = false)
    {
        var keyword = new JsonObject { ["type"] = "keyword", ["normalizer"] = KeywordNormalizer };
        if (faceted)
        {
            // Facets count the value as written ("Helvora Biometrics"), matching is on the normalised one.
            keyword["fields"] = new JsonObject { [QueryDslFields.FacetSubField] = new JsonObject { ["type"] = "keyword" } };
        }

        return keyword;
    }

    // Lucene.Net 4.8's EnglishAnalyzer, FrenchAnalyzer, ArabicAnalyzer and StandardAnalyzer, and Pipeline's
    // PlainTextAnalyzer, filter by filter (Pipeline.Search/Analysis/IndexAnalyzers.cs).
    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            ["pipeline_english_possessive"] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
            ["pipeline_english_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_english_" },
            ["pipeline_french_elision"] = new JsonObject
            {
                ["type"] = "elision",
                ["articles_case"] = true,
                ["articles"] = new JsonArray("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
            },
            ["pipeline_french_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_french_" },
            ["pipeline_french_stem"] = new JsonObject { ["type"] = "stemmer", ["language"] = "light_french" },
            ["pipeline_arabic_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_arabic_" },
            ["pipeline_arabic_stem"] = new JsonObject { ["type"] = "stemmer", ["language"] = "arabic" },
        },
        ["analyzer"] = new JsonObject
        {
            ["pipeline_en"] = Custom("pipeline_english_possessive", "lowercase", "pipeline_english_stop", "porter_stem"),
            ["pipeline_fr"] = Custom("pipeline_french_elision", "lowercase", "pipeline_french_stop", "pipeline_french_stem"),
            ["pipeline_ar"] = Custom("lowercase", "pipeline_arabic_stop", "arabic_normalization", "pipeline_arabic_stem"),
            ["pipeline_std"] = Custom("lowercase", "pipeline_english_stop"),
            ["pipeline_plain"] = Custom("pipeline_french_elision", "lowercase", "arabic_normalization", "asciifolding"),
        },
        ["normalizer"] = new JsonObject
        {
            [KeywordNormalizer] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("trim", "lowercase") },
        },
    };

    private static JsonObject Custom(params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = new JsonArray([.. filters.Select(f => (JsonNode)f)]),
    };
}
