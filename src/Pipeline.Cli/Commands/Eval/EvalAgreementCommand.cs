using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Search;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>
/// `pipeline eval agreement --campaign FILE [--model FILE]`: how much of the machine's analysis researchers changed
/// (statuses, attributions, topics; per company, question and topic), and how many of the corrected passages the model
/// labels as they did.
/// </summary>
internal sealed class EvalAgreementCommand : PipelineCommand<EvalAgreementSettings>
{
    protected override async Task<int> RunAsync(EvalAgreementSettings settings, CancellationToken cancellationToken)
    {
        var campaign = settings.LoadCampaign();
        var path = IndexLocation.Resolve(settings.Index);
        if (!SegmentIndex.Exists(path))
        {
            throw new UsageException($"no index at {path}: ingest the campaign first, or give --index DIR");
        }

        var modelPath = TopicModelPaths.Resolve(settings.Model);
        using var index = SegmentIndex.Open(path);
        var report = Agreement.Measure(index, campaign, TopicModel.Load(modelPath), TopicModelPaths.Display(modelPath));
        await Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(report, PipelineJson.Indented) : Text(report));
        return ExitCodes.Success;
    }

    private static string Text(AgreementReport r)
    {
        var text = new StringBuilder($"Machine analysis against the corrected one: campaign '{r.CampaignId}', {r.Corrections} correction{(r.Corrections == 1 ? string.Empty : "s")}\n\n");
        foreach (var row in new[] { r.Cells, r.Attributions, r.Topics })
        {
            text.Append(Line(row)).Append('\n');
        }

        Section(text, "by company (statuses)", r.ByCompany);
        Section(text, "by question (statuses)", r.ByQuestion);
        Section(text, "by topic (passages, the machine's topic or the corrected one)", r.ByTopic);
        if (r.Model is { Passages: > 0 } m)
        {
            text.Append(CultureInfo.InvariantCulture, $"\npassages researchers labelled: the model ({m.ModelPath}) labels {m.ModelRight} of {m.Passages} as they did; the reading at ingest had {m.MachineRight} of {m.Passages}\n");
        }
        else
        {
            text.Append("\nno passage has a topic set by a researcher yet\n");
        }

        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<AgreementRow> rows)
    {
        text.Append('\n').Append(title).Append(":\n");
        foreach (var row in rows)
        {
            text.Append("  ").Append(Line(row)).Append('\n');
        }
    }

    private static string Line(AgreementRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Key,-40} {row.Changed,4} of {row.Total,4} changed by hand ({row.ShareChanged * 100,5:0.0} %)");
}
