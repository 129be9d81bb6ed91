using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Export.OpenSearch;
using Pipeline.Search;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Searching;

namespace Pipeline.Cli.Commands.Export;

/// <summary><c>pipeline search --backend opensearch --url URL</c>: the same query and filters, run by an OpenSearch server, shown as the embedded search shows them.</summary>
internal static class OpenSearchSearch
{
    public static async Task<int> RunAsync(SearchSettings settings, SearchFilters filters, CancellationToken cancellationToken)
    {
        var parsed = SearchQueryParser.Parse(settings.Query);
        if (!parsed.IsSuccess)
        {
            throw new UsageException((parsed.Error.IsLimit ? "query too costly: " : "malformed query: ") + parsed.Error.Describe());
        }

        // With the embedded index at hand an alias names its company, as in the embedded search; without, the name is taken as written.
        var local = IndexLocation.Resolve(settings.Index);
        if (filters.Company is { } company && SegmentIndex.Exists(local))
        {
            using var index = SegmentIndex.Open(local);
            var choice = SearchCompany.Resolve(local, index, filters.Campaign, company);
            filters = filters with { Company = choice.Name ?? throw new UsageException("--company: " + choice.Problem) };
        }

        using var client = new OpenSearchClient(OpenSearchTarget.Parse(settings.Url!));
        var backend = new OpenSearchBackend(client, settings.IndexName ?? IndexTemplate.DefaultIndexName);
        var results = await backend.SearchAsync(parsed.Query, filters, settings.Limit, settings.Offset, cancellationToken);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(results, PipelineJson.Indented));
        }
        else
        {
            await SearchResultsView.WriteAsync(results, Console.Out, MatchMarks.ForConsole(), settings.Offset);
        }

        return ExitCodes.Success;
    }
}
