using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Search.Querying;

/// <summary>Why a segment is a hit: its words matched the query, its meaning is near the query's, or both.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SearchMatch>))]
public enum SearchMatch
{
    Keyword,
    Meaning,
    Both,
}
