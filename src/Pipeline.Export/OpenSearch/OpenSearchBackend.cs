using Pipeline.Core.Errors;
using Pipeline.Search.QueryDsl;
using Pipeline.Search.Querying;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// <c>pipeline search --backend opensearch</c>: the query language of the embedded index, parsed by the same parser,
/// translated to the Query DSL and run against exported segments; the answer comes back as the same <see cref="SearchResults"/>.
/// Keyword search only: vectors are not exported.
/// </summary>
public sealed class OpenSearchBackend(OpenSearchClient client, string indexName = IndexTemplate.DefaultIndexName)
{
    /// <exception cref="PipelineException">The query cannot be translated (<see cref="ErrorCode.InvalidInput"/>), or the server cannot be reached or refuses it.</exception>
    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchFilters filters, int limit, int offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var translated = QueryDslTranslator.Translate(query, filters);
        if (!translated.IsSuccess)
        {
            throw new PipelineException(ErrorCode.InvalidInput, query.Text, translated.Problem);
        }

        var response = await client.SearchAsync(indexName, SearchRequest.Build(translated.Query, limit, offset), cancellationToken).ConfigureAwait(false);
        return SearchResponse.Read(query.Text, response);
    }
}
