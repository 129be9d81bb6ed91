using Pipeline.Classification.Evaluation;
using Pipeline.Classification.Training;
using Pipeline.Core.Topics;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>Human-readable tables of classification scores, shared by `train` and `eval classification`.</summary>
internal static class ScoreTables
{
    public static Table PerLabel(ClassificationScores scores, ClassificationScores? baseline = null)
    {
        var table = new Table().AddColumns("label", "precision", "recall", "F1", "support");
        if (baseline is not null)
        {
            table.AddColumn("baseline F1");
        }

        foreach (var label in scores.PerLabel)
        {
            string[] cells = [label.Label.ToLabel(), F(label.Precision), F(label.Recall), F(label.F1), label.Support.ToString()];
            table.AddRow(baseline is null ? cells : [.. cells, F(baseline.PerLabel.Single(b => b.Label == label.Label).F1)]);
        }

        string[] total = ["macro", string.Empty, string.Empty, F(scores.MacroF1), scores.Examples.ToString()];
        table.AddRow(baseline is null ? total : [.. total, F(baseline.MacroF1)]);
        return table;
    }

    public static Table Confusion(ConfusionMatrix matrix)
    {
        var table = new Table().AddColumn("true \\ predicted");
        foreach (var label in matrix.Labels)
        {
            table.AddColumn(new TableColumn(Short(label)).RightAligned());
        }

        foreach (var actual in matrix.Labels)
        {
            table.AddRow([actual.ToLabel(), .. matrix.Labels.Select(p => matrix[actual, p] == 0 ? "." : matrix[actual, p].ToString())]);
        }

        return table;
    }

    public static Table CrossValidation(IEnumerable<CrossValidationResult> results, string chosen)
    {
        var table = new Table().AddColumns("candidate", "features", "weights", "CV macro-F1", "± sd", "CV accuracy");
        foreach (var r in results)
        {
            table.AddRow(r.Candidate == chosen ? $"[bold]{r.Candidate}[/] (chosen)" : Markup.Escape(r.Candidate), Markup.Escape(r.Features), r.WeightedClasses ? "yes" : "no", F(r.MacroF1), F(r.MacroF1StdDev), F(r.Accuracy));
        }

        return table;
    }

    public static string F(double value) => value.ToString("0.000");

    private static string Short(Topic topic) => topic.ToLabel()[..4];
}
