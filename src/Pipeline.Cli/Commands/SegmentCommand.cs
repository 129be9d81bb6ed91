using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Extraction;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline segment FILE-OR-FOLDER --campaign FILE [--company NAME] [--json]`: each reply split into answers per question.</summary>
internal sealed class SegmentCommand : PipelineCommand<SegmentSettings>
{
    protected override async Task<int> RunAsync(SegmentSettings settings, CancellationToken cancellationToken)
    {
        var campaign = settings.LoadCampaign();
        if (!File.Exists(settings.Path) && !Directory.Exists(settings.Path))
        {
            throw new UsageException($"no such file or folder: {settings.Path}");
        }

        var files = DocumentExtractor.FindFiles(settings.Path);
        var segmentation = ReplySegmentation.CreateDefault();
        var results = new List<SegmentedFile>();
        foreach (var file in files)
        {
            var result = segmentation.Run(file, campaign, settings.Company, cancellationToken);
            if (result.Error is { } error)
            {
                await Console.Error.WriteLineAsync($"failed {error}");
            }
            else if (result.Reply!.Company.Name is null)
            {
                await Console.Error.WriteLineAsync($"{file}: company undetermined — name it in the file name or with --company");
            }

            results.Add(result);
        }

        var output = settings.Json
            ? JsonSerializer.Serialize(Directory.Exists(settings.Path) ? results.Select(SegmentationJson.From).ToList() : (object)SegmentationJson.From(results[0]), PipelineJson.Indented)
            : string.Join(Environment.NewLine + Environment.NewLine, results.SelectMany(r => r.Attachments.Prepend(r)).Select(SegmentationText.Format));
        await Console.Out.WriteLineAsync(output);
        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
