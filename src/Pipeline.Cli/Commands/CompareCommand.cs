using System.Collections.Immutable;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Workflows;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline compare`: every company against every question (or topic) of a campaign, from the index, as CSV, XLSX, JSON or HTML.</summary>
internal sealed class CompareCommand : PipelineCommand<CompareSettings>
{
    protected override async Task<int> RunAsync(CompareSettings settings, CancellationToken cancellationToken)
    {
        var comparison = IndexedCampaigns.Compare(settings.Index, settings.Campaign);
        var options = new CompareOptions(settings.ResolvedBy, ParseQuestions(settings.Questions), Split(settings.Companies), []);
        var problems = ComparisonSelector.Validate(comparison, options);
        if (!problems.IsEmpty)
        {
            throw new UsageException(string.Join("; ", problems));
        }

        var view = ComparisonSelector.Select(comparison, options);
        var renderer = ComparisonRenderers.For(settings.ResolvedFormat);
        if (settings.Out is { } path)
        {
            RunJob.WriteAtomically(path, stream => renderer.Render(view, stream));
            await Console.Error.WriteLineAsync($"wrote {path}");
        }
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            renderer.Render(view, stdout);
        }

        return ExitCodes.Success;
    }

    private static ImmutableArray<QuestionId> ParseQuestions(string? list) =>
        [.. Split(list).Select(q => QuestionId.TryParse(q, out var id) ? id : throw new UsageException($"'{q}' is not a question id (e.g. 2d)"))];

    private static ImmutableArray<string> Split(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
