using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Workflows.Evaluation.Search;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>
/// <c>pipeline eval search --queries FILE</c>: keyword, semantic and hybrid search scored on judged concept queries
/// (recall@20, nDCG@10, replies reached in the first 20), overall, by language and per query.
/// </summary>
internal sealed class EvalSearchCommand : PipelineCommand<EvalSearchSettings>
{
    protected override async Task<int> RunAsync(EvalSearchSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Queries))
        {
            throw new UsageException("--queries <FILE> is required");
        }

        if (!File.Exists(settings.Queries))
        {
            throw new UsageException($"no such queries file: {settings.Queries}");
        }

        var campaigns = (settings.Campaigns.Length > 0 ? settings.Campaigns : EvalSearchSettings.DefaultCampaigns).Select(CampaignFile.Load).ToList();
        var result = await IngestProgress.RunAsync(progress => SearchEvaluation.Run(settings.Queries, campaigns, settings.Index, progress, cancellationToken));
        await Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(result, PipelineJson.Indented) : Text(result));
        return ExitCodes.Success;
    }

    private static string Text(SearchEvaluationResult result)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{result.PerQuery.Length} queries ({result.Queries}) over {result.Segments} segments, {result.Vectors} passage vectors");
        text.AppendLine();
        text.AppendLine("| mode | recall@20 | nDCG@10 | replies reached@20 |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var score in result.Overall)
        {
            text.AppendLine(invariant, $"| {score.Mode.ToString().ToLowerInvariant()} | {score.RecallAt20:0.000} | {score.NdcgAt10:0.000} | {score.RepliesAt20:0.000} |");
        }

        text.AppendLine();
        text.AppendLine("by language (recall@20 / nDCG@10):");
        foreach (var (language, scores) in result.ByLanguage)
        {
            var count = result.PerQuery.Count(q => q.Language == language);
            text.Append(invariant, $"  {language} ({count} queries): ").AppendLine(string.Join(" · ", scores.Select(s => $"{s.Mode.ToString().ToLowerInvariant()} {s.RecallAt20:0.000} / {s.NdcgAt10:0.000}")));
        }

        text.AppendLine();
        text.AppendLine("per query (recall@20 keyword / semantic / hybrid):");
        foreach (var query in result.PerQuery)
        {
            var located = query.Located == query.Relevant ? string.Empty : $", {query.Relevant - query.Located} not located";
            text.Append(invariant, $"  {query.Id} [{query.Language}] \"{query.Query}\" ({query.Relevant} relevant{located}): ").AppendLine(string.Join(" / ", query.Modes.Select(m => m.RecallAt20.ToString("0.00", invariant))));
        }

        if (!result.Unlocated.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine(invariant, $"{result.Unlocated.Length} judged passages not found in any indexed segment (no mode can find them):");
            foreach (var line in result.Unlocated)
            {
                text.AppendLine("  " + line);
            }
        }

        return text.ToString().TrimEnd();
    }
}
