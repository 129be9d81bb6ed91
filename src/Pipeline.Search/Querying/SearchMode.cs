using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Search.Querying;

/// <summary>How a search finds segments: by their words, by their meaning, or both fused.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SearchMode>))]
public enum SearchMode
{
    /// <summary>Lucene's query syntax over the words (stemmed), ranked by BM25: exact and explainable.</summary>
    Keyword,

    /// <summary>The nearest segments to the query's sentence vector, a segment scoring its most similar paragraph.</summary>
    Semantic,

    /// <summary>Keyword matches and nearest segments, ranked by reciprocal rank fusion (<see cref="SemanticOptions.FusionK"/>).</summary>
    Hybrid,
}
