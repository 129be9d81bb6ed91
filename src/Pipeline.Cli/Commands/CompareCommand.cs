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
        var options = new CompareOptions(settings.ResolvedBy, ParseQuestions(settings.Questions), Split(settings.Companies), []);
        var renderer = ComparisonRenderers.For(settings.ResolvedFormat);

        // Read company by company while rendering (issue 17).
        var reading = IndexedComparisonOptions.For(settings.ResolvedFormat);
        IndexedCampaigns.Read(settings.Index, settings.Campaign, reading, parts =>
        {
            var problems = ComparisonSelector.Validate(parts.Outline, options);
            if (!problems.IsEmpty)
            {
                throw new UsageException(string.Join("; ", problems));
            }

            var view = ComparisonSelector.Select(parts, options);
            if (settings.Out is { } path)
            {
                RunJob.WriteAtomically(path, stream => renderer.Render(view, stream));
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                renderer.Render(view, stdout);
            }
        });
        if (settings.Out is not null)
        {
            await Console.Error.WriteLineAsync($"wrote {settings.Out}");
        }

        return ExitCodes.Success;
    }

    private static ImmutableArray<QuestionId> ParseQuestions(string? list) =>
        [.. Split(list).Select(q => QuestionId.TryParse(q, out var id) ? id : throw new UsageException($"'{q}' is not a question id (e.g. 2d)"))];

    private static ImmutableArray<string> Split(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
