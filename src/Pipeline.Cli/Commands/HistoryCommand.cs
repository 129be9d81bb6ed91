using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Core.Topics;
using Pipeline.Workflows.Archive;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline history COMPANY</c>: what a company answered, campaign by campaign (oldest first), per question or topic.</summary>
internal sealed class HistoryCommand : PipelineCommand<HistorySettings>
{
    protected override async Task<int> RunAsync(HistorySettings settings, CancellationToken cancellationToken)
    {
        Topic? topic = null;
        if (settings.Topic is { } label)
        {
            topic = TopicLabels.TryParse(label, out var parsed)
                ? parsed
                : throw new UsageException($"--topic: '{label}' is not a topic (one of {string.Join(", ", TopicLabels.All.Select(t => t.ToLabel()))})");
        }

        var archive = ArchiveIndex.Open(settings.Index);
        var company = ArchiveCompany.Resolve(archive.Campaigns, settings.Company, out var problem) ?? throw new UsageException(problem!);
        var history = CompanyHistory.Build(archive, company, topic);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(history, PipelineJson.Indented));
        }
        else
        {
            await HistoryView.WriteAsync(history, Console.Out);
        }

        return ExitCodes.Success;
    }
}
