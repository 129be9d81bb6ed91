using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Formatting;

/// <summary>How a researcher's correction is shown: the mark, and what the machine had said.</summary>
public static class CorrectionText
{
    /// <summary>The visible mark, the same in every surface.</summary>
    public const string Mark = "✎ corrected";

    /// <summary>"✎ corrected (c-1a2b3c4d; machine: 2a, topic due_diligence)"; empty when nobody corrected the answer.</summary>
    public static string Of(CorrectionMark? mark) => mark is null
        ? string.Empty
        : $"{Mark} ({string.Join(", ", mark.Ids)}; machine: {Machine(mark)})";

    /// <summary>What a cell's corrections say: its status correction and its corrected answers; empty when none.</summary>
    public static string Of(QuestionCell cell)
    {
        var parts = new List<string>();
        if (cell.StatusCorrection is { } id)
        {
            parts.Add($"status {Mark} ({id}; machine: {cell.MachineStatus?.ToLabel()})");
        }

        parts.AddRange(cell.Answers.OrEmpty().Where(a => a.Correction is not null).Select(a => "answer " + Of(a.Correction)));
        return string.Join("; ", parts);
    }

    /// <summary>"✎ corrected (c-1a2b3c4d; machine: claim, deadline 2021)"; empty when nobody corrected the ledger item.</summary>
    public static string Of(ItemCorrection? mark)
    {
        if (mark is null)
        {
            return string.Empty;
        }

        var machine = mark.MachineKind.ToLabel()
            + (mark.MachineDeadline is { } d ? $", deadline {d.Value ?? d.Text}" : ", no deadline")
            + (mark.MachineCondition is { } c ? $", condition \"{c}\"" : string.Empty);
        return $"{Mark} ({string.Join(", ", mark.Ids)}; machine: {machine})";
    }

    /// <summary>What a statement correction says is right: "rejected", "kind claim, deadline 2023-Q4, no condition".</summary>
    public static string Of(Correction statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return string.Join(", ", new[]
        {
            statement.ItemKind is { } kind ? kind == StatementKind.None ? "rejected" : "kind " + kind.ToLabel() : null,
            statement.Deadline switch { null => null, "" => "no deadline", var d => "deadline " + d },
            statement.Condition switch { null => null, "" => "no condition", var c => $"condition \"{c}\"" },
        }.Where(p => p is not null));
    }

    /// <summary>"2a, topic due_diligence": the machine's questions and topic.</summary>
    public static string Machine(CorrectionMark mark) =>
        string.Join(", ", mark.MachineQuestions.OrEmpty().Select(q => q.Value)) + (mark.MachineTopic is { } t ? $", topic {t.ToLabel()}" : string.Empty);
}
