using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Search.Querying;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline search "&lt;query&gt;"</c>: ranked segments with snippets and facet counts.</summary>
internal sealed class SearchCommand : PipelineCommand<SearchSettings>
{
    protected override async Task<int> RunAsync(SearchSettings settings, CancellationToken cancellationToken)
    {
        var filters = settings.ToFilters();
        var parsed = SearchQueryParser.Parse(settings.Query);
        if (!parsed.IsSuccess)
        {
            throw new UsageException("malformed query: " + parsed.Error.Describe());
        }

        using var index = IndexOpener.OpenForReading(settings);
        var results = index.Search(parsed.Query, filters, settings.Limit, settings.Offset);
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
