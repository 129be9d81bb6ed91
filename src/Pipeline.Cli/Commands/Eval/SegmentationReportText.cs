using System.Text;
using Pipeline.Segmentation.Evaluation;
using Pipeline.Workflows.Evaluation;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>The human-readable segmentation evaluation: accuracy by style, the summary lines, then every miss.</summary>
internal static class SegmentationReportText
{
    private const int MissPreview = 90;

    public static string Format(SegmentationEvaluationResult result)
    {
        var report = result.Report;
        var text = new StringBuilder();
        text.AppendLine($"Segmentation of {result.Replies} replies in campaign '{result.CampaignId}' against their gold files");
        text.AppendLine(result.TopicRouting
            ? "Measured: the full path ingest and `pipeline segment` take — markers, tables and restated questions, then unmarked prose routed to questions by topic."
            : "Measured: segmentation alone — unmarked prose stays general (no topic routing).");
        text.AppendLine();
        text.AppendLine($"{"style",-28} {"paragraphs",10} {"correct",8} {"accuracy",9}");
        foreach (var style in report.ByStyle)
        {
            text.AppendLine(Row(style));
        }

        text.AppendLine();
        text.AppendLine(Row(report.Explicit));
        text.AppendLine(Row(report.ExcludingProse));
        text.AppendLine(Row(report.Overall));
        text.AppendLine();
        text.AppendLine(report.Misses.IsEmpty ? "No misses." : $"Misses ({report.Misses.Length}):");
        foreach (var miss in report.Misses)
        {
            var got = miss.Found ? string.Join(",", miss.Actual) : "not found in the extracted text";
            text.AppendLine($"  {miss.File} [{miss.Style}] expected {string.Join(",", miss.Expected)}, got {got}: {Preview(miss.Text)}");
        }

        foreach (var problem in result.Problems)
        {
            text.AppendLine($"  skipped: {problem}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Row(StyleAccuracy a) => $"{a.Style,-28} {a.Paragraphs,10} {a.Correct,8} {a.Accuracy,9:P1}";

    private static string Preview(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MissPreview ? line : line[..MissPreview] + "…";
    }
}
