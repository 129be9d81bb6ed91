using Pipeline.Search.Schema;

namespace Pipeline.Search.QueryDsl;

/// <summary>
/// How the index's fields are named in an OpenSearch/Elasticsearch index of segments: the same names as in Lucene
/// (<see cref="SegmentFields"/>), keywords normalised as Lucene indexes them (trimmed, lower-cased), and a
/// <c>facet</c> sub-field holding each counted keyword as given, because a normalised field counts "helvora biometrics".
/// </summary>
public static class QueryDslFields
{
    /// <summary>The sub-field of <see cref="Faceted"/> keywords that keeps the value as written, for terms aggregations.</summary>
    public const string FacetSubField = "facet";

    /// <summary>The keyword fields facet counts are made of, in <see cref="Querying.FacetCounts"/> order, campaign last.</summary>
    public static IReadOnlyList<string> Faceted { get; } =
        [SegmentFields.Company, SegmentFields.Question, SegmentFields.Topic, SegmentFields.Status, SegmentFields.Campaign];

    /// <summary>Analysed text fields: a query term on them is a token of the field's analyser, sent as a term.</summary>
    public static IReadOnlyList<string> Text { get; } = [.. SegmentFields.TextFields, SegmentFields.TextPlain];

    /// <summary>The facet sub-field of <paramref name="field"/> ("company.facet").</summary>
    public static string FacetOf(string field) => field + "." + FacetSubField;
}
