using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Archive;
using Pipeline.Core.Json;
using Pipeline.Reporting.Formatting;
using Pipeline.Workflows.Archive;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline reuse</c>: answer paragraphs found (nearly) word for word elsewhere — another company's reply, the company's earlier reply, a reference document.</summary>
internal sealed class ReuseCommand : PipelineCommand<ReuseSettings>
{
    private const int Preview = 110;

    protected override async Task<int> RunAsync(ReuseSettings settings, CancellationToken cancellationToken)
    {
        var archive = ArchiveIndex.Open(settings.Index);
        if (settings.Campaign is { } id && archive.Find(id, out var problem) is null)
        {
            throw new UsageException("--campaign: " + problem);
        }

        var reuse = ReuseFinder.Find(archive, settings.Campaign, settings.MinWords);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { total = reuse.Length, reuse }, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        await Console.Out.WriteLineAsync($"{reuse.Length} reused paragraphs: {string.Join(", ", reuse.GroupBy(r => r.Kind).Select(g => $"{g.Count()} {Label(g.Key)}"))}");
        foreach (var item in reuse)
        {
            await Console.Out.WriteLineAsync();
            await Console.Out.WriteLineAsync($"[{Label(item.Kind)}, similarity {item.Similarity:0.00}] {Where(item.Later)}");
            await Console.Out.WriteLineAsync($"  also in {Where(item.Source)}" + (item.Companies > 2 ? "; " + ReuseText.InAll(item.Companies) : string.Empty));
            await Console.Out.WriteLineAsync($"  {Excerpt.Shorten(item.Later.Text, Preview)}");
        }

        return ExitCodes.Success;
    }

    private static string Label(ReuseKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()).Replace('_', ' ');

    private static string Where(ReusedText text) =>
        text.IsReference ? $"{text.Company}: {text.File} (reference)" : $"{text.Company}, {text.CampaignId} {string.Join(",", text.Questions)}: {text.File}";
}
