using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Export.OpenSearch;
using Pipeline.Search.Reading;

namespace Pipeline.Cli.Commands.Export;

/// <summary>
/// <c>pipeline export --format opensearch</c>: the index's segments as an OpenSearch index template and bulk NDJSON,
/// written to a folder (<c>--out</c>) or sent to a server (<c>--url</c>). Exit 2 when the server refused some documents.
/// </summary>
internal sealed class ExportCommand : PipelineCommand<ExportSettings>
{
    protected override async Task<int> RunAsync(ExportSettings settings, CancellationToken cancellationToken)
    {
        using var index = IndexOpener.OpenForReading(settings, IndexAccessPattern.Sequential);
        if (settings.Campaign is { } campaign && !index.Campaigns().Contains(campaign, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"--campaign: the index holds no campaign '{campaign}' (it holds: {string.Join(", ", index.Campaigns())})");
        }

        var segments = SegmentExport.Read(index, settings.Campaign);
        if (settings.Out is { } folder)
        {
            var written = FileExporter.Write(folder, segments, settings.TargetIndex);
            await WriteAsync(settings, written, ExportView.Files(written));
            return ExitCodes.Success;
        }

        using var client = new OpenSearchClient(OpenSearchTarget.Parse(settings.Url!));
        var sent = await HttpExporter.SendAsync(
            client,
            segments,
            settings.TargetIndex,
            progress: (chunks, outcome) => Console.Error.WriteLine($"bulk request {chunks}: {outcome.Indexed} indexed, {outcome.Failures.Length} refused"),
            cancellationToken: cancellationToken);
        await WriteAsync(settings, sent, ExportView.Sent(sent));
        return sent.Failures.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static Task WriteAsync<T>(ExportSettings settings, T summary, string text) =>
        Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(summary, PipelineJson.Indented) : text);
}
