using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Search;
using Pipeline.Search.Querying;
using Pipeline.Workflows.Searching;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline search "&lt;query&gt;"</c>: ranked segments with snippets and facet counts.</summary>
internal sealed class SearchCommand : PipelineCommand<SearchSettings>
{
    protected override async Task<int> RunAsync(SearchSettings settings, CancellationToken cancellationToken)
    {
        var filters = settings.ToFilters();
        if (settings.UsesOpenSearch)
        {
            return await Export.OpenSearchSearch.RunAsync(settings, filters, cancellationToken);
        }

        var mode = settings.ToMode();
        var parsed = SearchQueryParser.Parse(settings.Query);

        // By meaning alone the query is plain text: quotes or a stray parenthesis are words, not malformed syntax.
        if (!parsed.IsSuccess && ModeSearch.NeedsParsedQuery(mode))
        {
            var what = parsed.Error.IsLimit ? "query too costly: " : "malformed query: ";
            throw new UsageException(what + parsed.Error.Describe());
        }

        using var index = IndexOpener.OpenForReading(settings);
        if (filters.Company is { } company)
        {
            // An alias ("Helvora") stands for its company, as in compare --companies; an unknown name is an error, not "no hits".
            var choice = SearchCompany.Resolve(IndexLocation.Resolve(settings.Index), index, filters.Campaign, company);
            filters = filters with { Company = choice.Name ?? throw new UsageException("--company: " + choice.Problem) };
        }

        var results = ModeSearch.Run(index, mode, settings.Query, parsed.Query, filters, settings.Limit, settings.Offset);
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
