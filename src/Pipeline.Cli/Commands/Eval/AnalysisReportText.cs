using System.Text;
using Pipeline.Classification.Evaluation;
using Pipeline.Workflows.Evaluation;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>The human-readable sections of a campaign's gold evaluation.</summary>
internal static class AnalysisReportText
{
    private const int Preview = 90;

    public static string Attribution(AnalysisEvaluationResult result)
    {
        var a = result.Attribution;
        var text = Header(result, "Attribution of paragraphs to questions (segmentation, then routing of prose)");
        text.AppendLine(Row(a.Marked)).AppendLine(Row(a.Unmarked)).AppendLine(Row(a.General)).AppendLine(Row(a.Overall)).AppendLine();
        text.AppendLine("by reply style (all paragraphs):");
        foreach (var style in a.ByStyle)
        {
            text.AppendLine("  " + Row(style));
        }

        text.AppendLine("by language (answers):");
        foreach (var language in a.ByLanguage)
        {
            text.AppendLine("  " + Row(language));
        }

        AppendCalibration(text, "confidence of the ties to questions", result.AttributionCalibration);
        text.AppendLine().AppendLine(a.Misses.IsEmpty ? "No misses." : $"Misses ({a.Misses.Length}):");
        foreach (var miss in a.Misses)
        {
            var got = miss.Found ? $"{string.Join(",", miss.Actual)} by {miss.Method} ({miss.Confidence:0.00})" : "not found in the extracted text";
            text.AppendLine($"  {miss.File} [{miss.Style}{(miss.Marked ? ", marked" : string.Empty)}] expected {string.Join(",", miss.Expected)}, got {got}: {Short(miss.Text)}");
        }

        return Footer(text, result);
    }

    public static string Topics(AnalysisEvaluationResult result)
    {
        var text = Header(result, "Topics of content paragraphs (restated questions, headings and table labels excluded)");
        text.AppendLine($"macro-F1 {result.Topics.MacroF1:0.000}, accuracy {result.Topics.Accuracy:0.000} over {result.Topics.Examples} paragraphs");
        if (result.BaselineTopics is { } baseline)
        {
            text.AppendLine($"baseline (tf-idf + logistic regression, same training data): macro-F1 {baseline.MacroF1:0.000}, accuracy {baseline.Accuracy:0.000}");
        }

        foreach (var label in result.Topics.PerLabel.Where(l => l.Support > 0))
        {
            text.AppendLine($"  {label.Label,-24} P {label.Precision:0.000}  R {label.Recall:0.000}  F1 {label.F1:0.000}  ({label.Support})");
        }

        text.AppendLine("by language:");
        foreach (var language in result.TopicsByLanguage)
        {
            text.AppendLine("  " + Row(language));
        }

        AppendCalibration(text, "topic score", result.TopicCalibration);
        text.AppendLine().AppendLine($"Misses ({result.TopicMisses.Length}):");
        foreach (var miss in result.TopicMisses)
        {
            text.AppendLine($"  {miss.File}: expected {miss.Expected}, got {miss.Predicted} ({miss.Score:0.00}): {Short(miss.Text)}");
        }

        return Footer(text, result);
    }

    public static string Status(AnalysisEvaluationResult result)
    {
        var status = result.Status!;
        var text = Header(result, "Company × question status against the gold");
        text.AppendLine(Row(status.Cells));
        foreach (var expected in status.ByExpected)
        {
            text.AppendLine("  expected " + Row(expected));
        }

        // What each expected status was taken for: the error classes, largest first.
        text.AppendLine().AppendLine("Confusions (expected → got):");
        foreach (var confusion in status.Misses.GroupBy(m => (m.Expected, m.Actual)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Expected).ThenBy(g => g.Key.Actual))
        {
            text.AppendLine($"  {confusion.Key.Expected} → {confusion.Key.Actual}: {confusion.Count()}");
        }

        text.AppendLine().AppendLine(status.Misses.IsEmpty ? "No misses." : $"Misses ({status.Misses.Length}):");
        foreach (var miss in status.Misses)
        {
            text.AppendLine($"  {miss.File} {miss.Question}: expected {miss.Expected}, got {miss.Actual}");
        }

        return Footer(text, result);
    }

    public static string Naming(AnalysisEvaluationResult result)
    {
        var naming = result.Naming!;
        var text = Header(result, "Company named from file name, letterhead and signature, company list hidden");
        text.AppendLine(Row(naming.All)).AppendLine(Row(naming.Unlisted));
        text.AppendLine($"wrong names: {naming.Wrong}; undetermined: {naming.Undetermined}").AppendLine();
        foreach (var outcome in naming.Outcomes.Where(o => !o.Correct))
        {
            text.AppendLine($"  {outcome.File}: expected '{outcome.Expected}', got {(outcome.Actual is null ? "none" : $"'{outcome.Actual}' ({outcome.Source})")}");
        }

        return Footer(text, result);
    }

    private static StringBuilder Header(AnalysisEvaluationResult result, string title) =>
        new StringBuilder().AppendLine($"{title}: {result.Replies} replies of campaign '{result.CampaignId}'").AppendLine();

    private static void AppendCalibration(StringBuilder text, string what, Calibration calibration)
    {
        text.AppendLine().AppendLine($"calibration of the {what}: expected calibration error {calibration.ExpectedCalibrationError:0.000} over {calibration.Predictions}");
        foreach (var bin in calibration.Bins.Where(b => b.Count > 0))
        {
            text.AppendLine($"  {bin.Lower:0.0}–{bin.Upper:0.0}: {bin.Count,5} predictions, mean confidence {bin.MeanConfidence:0.000}, accuracy {bin.Accuracy:0.000}");
        }
    }

    private static string Footer(StringBuilder text, AnalysisEvaluationResult result)
    {
        foreach (var problem in result.Problems)
        {
            text.AppendLine($"  skipped: {problem}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Row(Accuracy a) => $"{a.Name,-40} {a.Correct,5} / {a.Total,-5} {a.Share,8:P1}";

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= Preview ? line : line[..Preview] + "…";
    }
}
